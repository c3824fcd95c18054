import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { syncProducerStep, type SyncProducerInput } from "./steps/sync-producer"

export const syncProducerWorkflowId = "sync-producer-of-business"
/**
 * Opens (or closes) a business account's producer as its review left it. The review and release
 * workflows run the same step; this workflow is for accounts verified before producers existed.
 */
export const syncProducerWorkflow = createWorkflow(
  syncProducerWorkflowId,
  (input: SyncProducerInput) => new WorkflowResponse(syncProducerStep(input)),
)
