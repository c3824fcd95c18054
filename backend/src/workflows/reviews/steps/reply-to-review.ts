import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { reviewsOf } from "./reviews-of"

export type ReplyToReviewInput = { id: string; product_ids: string[]; text: string; by: string }

export const replyToReviewStepId = "reply-to-product-review"
/**
 * The producer's one public reply, on an approved review of its own products (404 otherwise; a second
 * reply 409). Undone by clearing it.
 */
export const replyToReviewStep = createStep(
  replyToReviewStepId,
  async (input: ReplyToReviewInput, { container }) => {
    const replied = await reviewsOf(container).reply(input)
    return new StepResponse(replied, replied.id)
  },
  async (id, { container }) => {
    if (id)
      await reviewsOf(container).updateProductReviews({ id, reply_text: null, replied_at: null, replied_by: null })
  },
)
