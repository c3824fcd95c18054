import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { Moderated } from "@ocop/core"
import { reviewsOf } from "./reviews-of"

export type DecideReviewInput = {
  id: string
  /** The review itself, or the producer's reply under it: one moderation rule for both. */
  what?: Moderated
  status: "approved" | "rejected"
  reason: string | null
  by: string
}

export const decideReviewStepId = "decide-product-review"
/**
 * An official's decision on a pending review or reply, taken once (a second official's is 409). Undone
 * by putting it back in the queue.
 */
export const decideReviewStep = createStep(
  decideReviewStepId,
  async (input: DecideReviewInput, { container }) => {
    const what = input.what ?? "review"
    const decided = await reviewsOf(container).decide({ ...input, what })
    return new StepResponse(decided, { id: decided.id, what })
  },
  async (undo, { container }) => {
    if (!undo) return
    await reviewsOf(container).updateProductReviews(
      undo.what === "reply"
        ? {
            id: undo.id,
            reply_status: "pending",
            reply_rejection_reason: null,
            reply_moderated_at: null,
            reply_moderated_by: null,
          }
        : { id: undo.id, status: "pending", rejection_reason: null, moderated_at: null, moderated_by: null },
    )
  },
)
