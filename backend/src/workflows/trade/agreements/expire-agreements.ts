import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { expireAgreementsStep } from "./steps/expire-agreements"

export const expireAgreementsWorkflowId = "expire-trade-agreements"
/** Agreements whose term ended before `today` without being fulfilled become expired. */
export const expireAgreementsWorkflow = createWorkflow(
  expireAgreementsWorkflowId,
  (input: { today: string }) => new WorkflowResponse(expireAgreementsStep(input)),
)
