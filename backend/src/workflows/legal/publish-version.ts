import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { POLICIES_CHANGED } from "./events"
import { publishVersionStep, type PublishVersionInput } from "./steps/publish-version"

export const publishPolicyVersionWorkflowId = "publish-policy-version"
/**
 * An official publishes a new version of a policy. Customers who agreed to an earlier version of a
 * policy their consent names are asked again at their next sign-in (read-models/legal/consents.ts).
 */
export const publishPolicyVersionWorkflow = createWorkflow(
  publishPolicyVersionWorkflowId,
  (input: PublishVersionInput) => {
    const id = publishVersionStep(input)
    emitEventStep({ eventName: POLICIES_CHANGED, data: {} })
    return new WorkflowResponse(id)
  },
)
