import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { canMoveAgreement, signedStatus, vietnamDate } from "@ocop/core"
import { tradeOf } from "../../common/records"
import type { AgreementChange } from "./change-agreement"

export const signAgreementStepId = "sign-trade-agreement"
/**
 * Decides what a party's signature changes: its own signing time and, with the second signature,
 * the signed status and day. An upgrade turns a signed MoU into a contract both sign again.
 */
export const signAgreementStep = createStep(
  signAgreementStepId,
  async (input: { business_id: string; id: string; upgrade?: boolean }, { container }) => {
    const a = await tradeOf(container).retrieveAgreement(input.id)
    const side = a.buyer_id === input.business_id ? "buyer" : "seller"
    const status = a.status
    const now = new Date()
    if (input.upgrade) {
      // An MoU becomes a contract: both parties sign again, this time a contract.
      if (status !== "signed_mou" || a.kind !== "mou")
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Only a signed MoU can be turned into a contract")
      const data: AgreementChange = {
        kind: "contract",
        buyer_signed_at: side === "buyer" ? now : null,
        seller_signed_at: side === "seller" ? now : null,
      }
      return new StepResponse(data)
    }
    const signing = status === "draft" || (status === "signed_mou" && a.kind === "contract")
    if (!signing)
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `The agreement is ${status}; there is nothing to sign`)
    const signedAt = { buyer: a.buyer_signed_at, seller: a.seller_signed_at }
    if (signedAt[side]) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "You have already signed")
    const data: AgreementChange = side === "buyer" ? { buyer_signed_at: now } : { seller_signed_at: now }
    if (signedAt[side === "buyer" ? "seller" : "buyer"]) {
      const next = signedStatus(a.kind)
      if (!canMoveAgreement(status, next))
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `The agreement cannot move from ${status} to ${next}`)
      data.status = next
      data.signed_on = vietnamDate(now)
    }
    return new StepResponse(data)
  },
)
