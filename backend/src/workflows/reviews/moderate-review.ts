import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { decideReviewStep, type DecideReviewInput } from "./steps/decide-review"
import { REVIEWS_CHANGED } from "./steps/reviews-of"

export const moderateReviewWorkflowId = "moderate-product-review"
/**
 * An official approves a pending review or a producer's pending reply (shown from then on) or rejects
 * it with a reason (the buyer, or the producer, reads it). The event expires the storefront's cached
 * pages showing the product's reviews at once (its page, and the lists showing its rating).
 */
export const moderateReviewWorkflow = createWorkflow(moderateReviewWorkflowId, (input: DecideReviewInput) => {
  const decided = decideReviewStep(input)
  emitEventStep(
    transform({ decided }, ({ decided }) => ({
      eventName: REVIEWS_CHANGED,
      data: { product_ids: [decided.product_id] },
    })),
  )
  return new WorkflowResponse(decided)
})
