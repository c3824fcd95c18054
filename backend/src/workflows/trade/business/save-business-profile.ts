import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { checkBusinessProfileStep } from "./steps/check-business-profile"
import { saveBusinessProfileRecordStep } from "./steps/save-business-profile-record"
import type { BusinessProfileInput } from "./types"

export const saveBusinessProfileWorkflowId = "save-business-profile"
/** Registers the signed-in customer's business (pending verification), or updates its profile. */
export const saveBusinessProfileWorkflow = createWorkflow(
  saveBusinessProfileWorkflowId,
  (input: { customer_id: string; profile: BusinessProfileInput }) => {
    const check = checkBusinessProfileStep(input)
    const result = saveBusinessProfileRecordStep(
      transform({ input, check }, ({ input, check }) => ({ ...input, ...check })),
    )
    return new WorkflowResponse(result)
  },
)
