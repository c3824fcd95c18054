import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { withdrawConsentStep, type WithdrawInput } from "./steps/withdraw-consent"

export const withdrawConsentWorkflowId = "withdraw-policy-consent"
/** A customer withdraws its consent to a purpose; the records are kept with the moment of withdrawal. */
export const withdrawConsentWorkflow = createWorkflow(withdrawConsentWorkflowId, (input: WithdrawInput) => {
  return new WorkflowResponse(withdrawConsentStep(input))
})
