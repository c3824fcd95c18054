import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { voteHelpfulStep, type VoteHelpfulInput } from "./steps/vote-helpful"

export const markHelpfulWorkflowId = "mark-review-helpful"
/**
 * A signed-in shopper marks an approved review helpful, once. No cache expiry: a vote moves a count on
 * a cached page, which follows within its five minutes, and a stream of votes must not empty the cache.
 */
export const markHelpfulWorkflow = createWorkflow(markHelpfulWorkflowId, (input: VoteHelpfulInput) => {
  return new WorkflowResponse(voteHelpfulStep(input))
})
