import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { statusAfterDelivery, type AgreementStatus } from "@ocop/core"
import { tradeOf } from "../../common/records"
import type { DeliveryConfirmationInput } from "../types"

/** What the answer writes on the delivery, and the agreement's status after it. */
type Outcome = { delivery: { status: "confirmed" | "disputed"; over_delivery: boolean }; status: AgreementStatus }

/** A delivery still counts after the contract is fulfilled by others; not once it ended otherwise. */
const COUNTING: readonly AgreementStatus[] = ["contract", "in_delivery", "fulfilled"]

export const checkDeliveryConfirmationStepId = "check-trade-delivery-confirmation"
/**
 * Checks an answer to a recorded delivery: the party that did not record it answers a pending one;
 * an official may also settle a disputed one. A confirmation adds the delivery to the confirmed
 * total, which decides the contract's status and flags a total above the agreement's value.
 */
export const checkDeliveryConfirmationStep = createStep(
  checkDeliveryConfirmationStepId,
  async (input: DeliveryConfirmationInput, { container }) => {
    const a = await tradeOf(container).retrieveAgreement(input.id, { relations: ["deliveries"] })
    const d = a.deliveries.find((x) => x.id === input.delivery_id)
    if (!d) throw new MedusaError(MedusaError.Types.NOT_FOUND, `delivery ${input.delivery_id} was not found`)
    if (input.business_id && d.recorded_by === input.business_id)
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "You recorded this delivery: the other party confirms it")
    const open = d.status === "pending" || (!input.business_id && d.status === "disputed")
    if (!open) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `The delivery is already ${d.status}`)
    if (input.answer === "dispute") {
      const disputed: Outcome = { delivery: { status: "disputed", over_delivery: false }, status: a.status }
      return new StepResponse(disputed)
    }
    if (!COUNTING.includes(a.status))
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `The agreement is ${a.status}; its deliveries can no longer be confirmed`,
      )
    const confirmed =
      a.deliveries.filter((x) => x.status === "confirmed").reduce((sum, x) => sum + Number(x.value), 0) +
      Number(d.value)
    const outcome: Outcome = {
      delivery: { status: "confirmed", over_delivery: confirmed > Number(a.value) },
      status: statusAfterDelivery(a.status, confirmed, Number(a.value)),
    }
    return new StepResponse(outcome)
  },
)
