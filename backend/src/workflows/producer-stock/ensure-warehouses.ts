import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ensureWarehouseStep, type EnsureWarehouseInput } from "./steps/ensure-warehouse"

export const ensureWarehousesWorkflowId = "ensure-producer-warehouses"
/** Gives a business account's open producer its warehouse if it has none: for producers opened earlier. */
export const ensureWarehousesWorkflow = createWorkflow(
  ensureWarehousesWorkflowId,
  (input: EnsureWarehouseInput) => new WorkflowResponse(ensureWarehouseStep(input)),
)
