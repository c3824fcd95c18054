import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { reviewsOf } from "./reviews-of"

export type DecideReviewInput = { id: string; status: "approved" | "rejected"; reason: string | null; by: string }

export const decideReviewStepId = "decide-product-review"
/**
 * An official's decision on a pending review, taken once (a second official's is 409). Undone by
 * putting the review back in the queue.
 */
export const decideReviewStep = createStep(
  decideReviewStepId,
  async (input: DecideReviewInput, { container }) => {
    const decided = await reviewsOf(container).decide(input)
    return new StepResponse(decided, decided.id)
  },
  async (id, { container }) => {
    if (id)
      await reviewsOf(container).updateProductReviews({
        id,
        status: "pending",
        rejection_reason: null,
        moderated_at: null,
        moderated_by: null,
      })
  },
)
