import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ensureWarehouseStep } from "../producer-stock/steps/ensure-warehouse"
import { syncProducerStep, type SyncProducerInput } from "./steps/sync-producer"

export const syncProducerWorkflowId = "sync-producer-of-business"
/**
 * Opens (or closes) a business account's producer as its review left it, with its warehouse. The
 * review and release workflows run the same step; this workflow is for accounts verified before
 * producers existed.
 */
export const syncProducerWorkflow = createWorkflow(syncProducerWorkflowId, (input: SyncProducerInput) => {
  const synced = syncProducerStep(input)
  ensureWarehouseStep(transform({ input }, ({ input }) => ({ business_id: input.business_id })))
  return new WorkflowResponse(synced)
})
