import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { agreementLock } from "./lock"
import { changeAgreementStep } from "./steps/change-agreement"
import { checkCancelAgreementStep } from "./steps/check-cancel-agreement"

export const cancelAgreementWorkflowId = "cancel-trade-agreement"
/** Cancels an agreement (a party, or an official); final statuses stay as they are. */
export const cancelAgreementWorkflow = createWorkflow(cancelAgreementWorkflowId, (input: { id: string }) => {
  const lock = transform({ input }, ({ input }) => agreementLock(input.id))
  acquireLockStep(lock)
  const data = checkCancelAgreementStep(input)
  const agreement = changeAgreementStep(transform({ input, data }, ({ input, data }) => ({ id: input.id, data })))
  releaseLockStep(lock)
  return new WorkflowResponse(agreement)
})
