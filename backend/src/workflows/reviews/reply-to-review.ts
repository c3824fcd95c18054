import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { replyToReviewStep, type ReplyToReviewInput } from "./steps/reply-to-review"

export const replyToReviewWorkflowId = "reply-to-product-review"
/**
 * A producer replies publicly to an approved review of one of its products: the reply waits for
 * officials as reviews do (`moderateReviewWorkflow` with `what: "reply"`), so nothing public changes
 * yet and no page is expired. A rejected reply may be written once more.
 */
export const replyToReviewWorkflow = createWorkflow(replyToReviewWorkflowId, (input: ReplyToReviewInput) => {
  return new WorkflowResponse(replyToReviewStep(input))
})
