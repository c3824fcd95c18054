import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { tradeOf, type TradeService } from "./records"

/**
 * A step that creates trade records through `create` (a typed call to the module) and whose
 * compensation deletes them, by the created ids, through `remove`.
 */
export const makeCreateStep = <Data, Row extends { id: string }>(
  stepId: string,
  create: (trade: TradeService, data: Data[]) => Promise<Row[]>,
  remove: (trade: TradeService, ids: string[]) => Promise<void>,
) =>
  createStep(
    stepId,
    async (data: Data[], { container }) => {
      const created = await create(tradeOf(container), data)
      return new StepResponse(
        created,
        created.map((row) => row.id),
      )
    },
    async (ids, { container }) => {
      if (ids?.length) await remove(tradeOf(container), ids)
    },
  )
