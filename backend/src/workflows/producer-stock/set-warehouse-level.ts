import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, batchInventoryItemLevelsWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { planWarehouseLevelStep, type SetWarehouseLevelInput } from "./steps/plan-warehouse-level"

export const setWarehouseLevelWorkflowId = "set-producer-warehouse-level"
/**
 * Sets one item's stocked quantity at a producer's warehouse through Medusa's own inventory
 * workflow, creating the level when it has none. Sets of one item at one location run one at a
 * time, so two at once end in one of the two values (never a sum, never a duplicate level).
 */
export const setWarehouseLevelWorkflow = createWorkflow(
  setWarehouseLevelWorkflowId,
  (input: SetWarehouseLevelInput) => {
    const lock = transform({ input }, ({ input }) => ({
      key: `producer-stock:${input.inventory_item_id}:${input.location_id}`,
      timeout: 30,
      ttl: 60,
    }))
    acquireLockStep(lock)
    const plan = planWarehouseLevelStep(input)
    batchInventoryItemLevelsWorkflow.runAsStep({ input: plan })
    releaseLockStep(lock)
    return new WorkflowResponse(input)
  },
)
