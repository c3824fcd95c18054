import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { previousValues, tradeOf, type TradeService } from "./records"

/** Typed calls to the trade module for one kind of record. */
export type SaveOperations<Data, Row> = {
  create: (trade: TradeService, data: Data) => Promise<Row>
  retrieve: (trade: TradeService, id: string, select: string[]) => Promise<object>
  update: (trade: TradeService, data: Data & { id: string }) => Promise<Row>
  remove: (trade: TradeService, ids: string[]) => Promise<void>
}

type Undo<Data> = { created: string | null; previous: (Data & { id: string }) | null }

/**
 * A step that creates a trade record, or updates it when `id` is given: the one write of the
 * "save" workflows. Its compensation deletes what it created, or writes back the fields it changed.
 */
export const makeSaveStep = <Data extends object, Row extends { id: string }>(
  stepId: string,
  operations: SaveOperations<Data, Row>,
) =>
  createStep(
    stepId,
    async ({ id, data }: { id?: string; data: Data }, { container }) => {
      const trade = tradeOf(container)
      if (!id) {
        const created = await operations.create(trade, data)
        const undo: Undo<Data> = { created: created.id, previous: null }
        return new StepResponse(created, undo)
      }
      const before = await operations.retrieve(trade, id, Object.keys(data))
      const updated = await operations.update(trade, { id, ...data })
      const undo: Undo<Data> = { created: null, previous: { id, ...previousValues(before, data) } }
      return new StepResponse(updated, undo)
    },
    async (undo, { container }) => {
      if (!undo) return
      const trade = tradeOf(container)
      if (undo.created) await operations.remove(trade, [undo.created])
      if (undo.previous) await operations.update(trade, undo.previous)
    },
  )
