import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { removeProducerMemberStep, type RemoveMemberInput } from "./steps/remove-member"

export const removeProducerMemberWorkflowId = "remove-producer-member"
/** The owner removes a staff member: refused from that member's very next request. */
export const removeProducerMemberWorkflow = createWorkflow(
  removeProducerMemberWorkflowId,
  (input: RemoveMemberInput) => new WorkflowResponse(removeProducerMemberStep(input)),
)
