import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { reviewsOf } from "./reviews-of"

export type ReplyToReviewInput = { id: string; product_ids: string[]; text: string; by: string }

export const replyToReviewStepId = "reply-to-product-review"
/**
 * The producer's public reply, on an approved review of its own products (404 otherwise), waiting for
 * officials; a reply waiting or published, or rejected twice, is 409. Undone by putting the reply back
 * as it was.
 */
export const replyToReviewStep = createStep(
  replyToReviewStepId,
  async (input: ReplyToReviewInput, { container }) => {
    const { previous, ...replied } = await reviewsOf(container).reply(input)
    return new StepResponse(replied, { id: replied.id, previous })
  },
  async (undo, { container }) => {
    if (undo) await reviewsOf(container).restoreReply(undo)
  },
)
