import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { changeAgreementStep } from "./steps/change-agreement"
import { checkCancelAgreementStep } from "./steps/check-cancel-agreement"

export const cancelAgreementWorkflowId = "cancel-trade-agreement"
/** Cancels an agreement (a party, or an official); final statuses stay as they are. */
export const cancelAgreementWorkflow = createWorkflow(cancelAgreementWorkflowId, (input: { id: string }) => {
  const data = checkCancelAgreementStep(input)
  return new WorkflowResponse(
    changeAgreementStep(transform({ input, data }, ({ input, data }) => ({ id: input.id, data }))),
  )
})
