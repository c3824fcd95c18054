import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { resolveChangeRequestStep, type ResolveChangeRequestInput } from "./steps/resolve-change-request"

export const returnChangeRequestWorkflowId = "return-producer-change-request"
/** An official returns an open change request with a note the producer reads; nothing goes live. */
export const returnChangeRequestWorkflow = createWorkflow(
  returnChangeRequestWorkflowId,
  (input: ResolveChangeRequestInput) => new WorkflowResponse(resolveChangeRequestStep(input)),
)
