import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { reviewsOf } from "./reviews-of"

export type VoteHelpfulInput = { review_id: string; customer_id: string }

export const voteHelpfulStepId = "vote-review-helpful"
/** Counts the shopper's "helpful" once (409 after). Undone by taking the vote back. */
export const voteHelpfulStep = createStep(
  voteHelpfulStepId,
  async (input: VoteHelpfulInput, { container }) => {
    const helpful_count = await reviewsOf(container).vote(input)
    return new StepResponse({ review_id: input.review_id, helpful_count }, input)
  },
  async (input, { container }) => {
    if (input) await reviewsOf(container).unvote(input)
  },
)
