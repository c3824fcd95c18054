import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { replyToReviewStep, type ReplyToReviewInput } from "./steps/reply-to-review"
import { REVIEWS_CHANGED } from "./steps/reviews-of"

export const replyToReviewWorkflowId = "reply-to-product-review"
/** A producer replies publicly, once, to an approved review of one of its products; shown at once. */
export const replyToReviewWorkflow = createWorkflow(replyToReviewWorkflowId, (input: ReplyToReviewInput) => {
  const replied = replyToReviewStep(input)
  emitEventStep(
    transform({ replied }, ({ replied }) => ({
      eventName: REVIEWS_CHANGED,
      data: { product_ids: [replied.product_id] },
    })),
  )
  return new WorkflowResponse(replied)
})
