import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { revokeProducerInviteStep, type RevokeInviteInput } from "./steps/revoke-invite"

export const revokeProducerInviteWorkflowId = "revoke-producer-invite"
/** The owner revokes a pending invitation; its link no longer opens anything. */
export const revokeProducerInviteWorkflow = createWorkflow(
  revokeProducerInviteWorkflowId,
  (input: RevokeInviteInput) => new WorkflowResponse(revokeProducerInviteStep(input)),
)
