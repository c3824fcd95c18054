import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { capturedPayment } from "../../../read-models/payments/captured-payment"

export const requireCapturedStepId = "require-captured-payment-for-return"
/**
 * A return is accepted, and refunded, only once the order's payment is recorded as received (cash
 * collected, a transfer matched, a card captured). Medusa's return request cancels an authorized
 * payment that is not captured and asks for the order's new total instead, which would lose the
 * record of cash the carrier did collect; so the official records it first, and is told so.
 */
export const requireCapturedStep = createStep(
  requireCapturedStepId,
  async (input: { order_id: string; doing: string }, { container }) => {
    const payment = await capturedPayment(container, input.order_id)
    if (!payment)
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `The order's payment is not recorded as received yet: an official captures it before ${input.doing}`,
      )
    return new StepResponse(payment)
  },
)
