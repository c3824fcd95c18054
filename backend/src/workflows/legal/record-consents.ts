import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordConsentsStep, type ConsentRow } from "./steps/record-consents"

export const recordConsentsWorkflowId = "record-policy-consents"
/** Records consents, one per policy version agreed to (the rows are built by read-models/legal/consents.ts). */
export const recordConsentsWorkflow = createWorkflow(recordConsentsWorkflowId, (rows: ConsentRow[]) => {
  return new WorkflowResponse(recordConsentsStep(rows))
})
