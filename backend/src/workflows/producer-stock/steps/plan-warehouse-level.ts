import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type SetWarehouseLevelInput = { inventory_item_id: string; location_id: string; stocked_quantity: number }

/** Whether the item has a level at the warehouse yet: Medusa's batch input to update it or create it. */
export const planWarehouseLevelStep = createStep(
  "plan-producer-warehouse-level",
  async (input: SetWarehouseLevelInput, { container }) => {
    const [level] = await container
      .resolve(Modules.INVENTORY)
      .listInventoryLevels(
        { inventory_item_id: input.inventory_item_id, location_id: input.location_id },
        { select: ["id"], take: 1 },
      )
    const change = {
      inventory_item_id: input.inventory_item_id,
      location_id: input.location_id,
      stocked_quantity: input.stocked_quantity,
    }
    return new StepResponse(level ? { update: [change], create: [] } : { create: [change], update: [] })
  },
)
