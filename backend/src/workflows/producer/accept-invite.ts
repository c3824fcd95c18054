import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acceptProducerInviteStep, type AcceptInviteInput } from "./steps/accept-invite"

export const acceptProducerInviteWorkflowId = "accept-producer-invite"
/** The invited account accepts: it acts for the producer as staff from its next request. */
export const acceptProducerInviteWorkflow = createWorkflow(
  acceptProducerInviteWorkflowId,
  (input: AcceptInviteInput) => new WorkflowResponse(acceptProducerInviteStep(input)),
)
