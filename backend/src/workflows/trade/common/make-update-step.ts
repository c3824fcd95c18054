import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { previousValues, tradeOf, type TradeService } from "./records"

/**
 * A step that changes some fields of one trade record through `update`; its compensation writes
 * back the values those fields held, read first through `retrieve` with just those fields.
 */
export const makeUpdateStep = <Data extends object, Row>(
  stepId: string,
  retrieve: (trade: TradeService, id: string, select: string[]) => Promise<object>,
  update: (trade: TradeService, data: Data & { id: string }) => Promise<Row>,
) =>
  createStep(
    stepId,
    async ({ id, data }: { id: string; data: Data }, { container }) => {
      const trade = tradeOf(container)
      const before = await retrieve(trade, id, Object.keys(data))
      const updated = await update(trade, { id, ...data })
      return new StepResponse(updated, { id, previous: previousValues(before, data) })
    },
    async (undo, { container }) => {
      if (undo) await update(tradeOf(container), { id: undo.id, ...undo.previous })
    },
  )
