import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { POLICIES_CHANGED } from "./events"
import { saveOperatorStep, type OperatorInput } from "./steps/save-operator"

export const saveOperatorWorkflowId = "save-policy-operator"
/** An official saves the operator's details; every page's footer follows (the storefront's cache is expired). */
export const saveOperatorWorkflow = createWorkflow(saveOperatorWorkflowId, (input: OperatorInput) => {
  const id = saveOperatorStep(input)
  emitEventStep({ eventName: POLICIES_CHANGED, data: {} })
  return new WorkflowResponse(id)
})
