import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { operatingRulesConsentRowsStep } from "../../legal/steps/operating-rules-consent"
import { recordConsentsStep } from "../../legal/steps/record-consents"
import { checkBusinessProfileStep } from "./steps/check-business-profile"
import { saveBusinessProfileRecordStep } from "./steps/save-business-profile-record"
import type { BusinessProfileInput } from "./types"

export const saveBusinessProfileWorkflowId = "save-business-profile"
/**
 * Registers the signed-in customer's business (pending verification), or updates its profile. A
 * registration needs the operating rules agreed to, and records that consent with the profile.
 */
export const saveBusinessProfileWorkflow = createWorkflow(
  saveBusinessProfileWorkflowId,
  (input: { customer_id: string; profile: BusinessProfileInput; accept_operating_rules?: boolean }) => {
    const check = checkBusinessProfileStep(input)
    const result = saveBusinessProfileRecordStep(
      transform({ input, check }, ({ input, check }) => ({ ...input, ...check })),
    )
    const consents = operatingRulesConsentRowsStep(
      transform({ input, check }, ({ input, check }) => ({
        customer_id: input.customer_id,
        channel: "business_portal" as const,
        joining: check.existing_id === null,
      })),
    )
    recordConsentsStep(consents)
    return new WorkflowResponse(result)
  },
)
