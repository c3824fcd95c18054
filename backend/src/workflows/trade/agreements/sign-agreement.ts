import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { agreementLock } from "./lock"
import { changeAgreementStep } from "./steps/change-agreement"
import { signAgreementStep } from "./steps/sign-agreement"

export const signAgreementWorkflowId = "sign-trade-agreement"
/** A party signs; the second signature makes the draft a signed MoU or a contract. */
export const signAgreementWorkflow = createWorkflow(
  signAgreementWorkflowId,
  (input: { business_id: string; id: string; upgrade?: boolean }) => {
    const lock = transform({ input }, ({ input }) => agreementLock(input.id))
    acquireLockStep(lock)
    const data = signAgreementStep(input)
    const agreement = changeAgreementStep(transform({ input, data }, ({ input, data }) => ({ id: input.id, data })))
    releaseLockStep(lock)
    return new WorkflowResponse(agreement)
  },
)
