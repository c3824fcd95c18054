import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { returnsOf } from "./returns-of"

export const saveMedusaReturnStepId = "save-medusa-return-of-request"
/** Records which Medusa return carries an accepted request (its receipt and refund follow it). */
export const saveMedusaReturnStep = createStep(
  saveMedusaReturnStepId,
  async (input: { id: string; return_id: string }, { container }) => {
    await returnsOf(container).updateReturnRequests({ id: input.id, return_id: input.return_id })
    return new StepResponse(input, input.id)
  },
  async (id, { container }) => {
    if (id) await returnsOf(container).updateReturnRequests({ id, return_id: null })
  },
)
