import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setProducerAccessStep, type SetProducerAccessInput } from "./steps/set-producer-access"

export const setProducerAccessWorkflowId = "set-producer-access"
/** An official suspends a producer's access with a reason, or restores it. */
export const setProducerAccessWorkflow = createWorkflow(
  setProducerAccessWorkflowId,
  (input: SetProducerAccessInput) => new WorkflowResponse(setProducerAccessStep(input)),
)
