import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { canMoveAgreement } from "@ocop/core"
import { tradeOf } from "../../common/records"
import type { AgreementChange } from "./change-agreement"

export const checkCancelAgreementStepId = "check-cancel-trade-agreement"
/** An agreement may be cancelled unless its status is final; returns the change that cancels it. */
export const checkCancelAgreementStep = createStep(
  checkCancelAgreementStepId,
  async ({ id }: { id: string }, { container }) => {
    const a = await tradeOf(container).retrieveAgreement(id)
    if (!canMoveAgreement(a.status, "cancelled"))
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `The agreement is ${a.status} and cannot be cancelled`)
    const data: AgreementChange = { status: "cancelled" }
    return new StepResponse(data)
  },
)
