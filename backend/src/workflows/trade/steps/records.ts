import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TRADE_MODULE } from "../../../modules/trade/name"
import type TradeModuleService from "../../../modules/trade/service"

/** The trade records the generic steps write, by the suffix of their generated service methods. */
export type TradeEntity =
  | "Businesses"
  | "Offers"
  | "Needs"
  | "Meetings"
  | "SalesPoints"
  | "TradeEvents"
  | "Exhibitors"
  | "EventBuyers"
  | "Agreements"
  | "AgreementLines"
  | "AgreementDocuments"
  | "Deliveries"

type Row = { id: string } & Record<string, unknown>
type Dynamic = Record<string, (...args: unknown[]) => Promise<unknown>>
// Generated method names are chosen at run time; the module's own types are checked by the callers.
const methods = (container: { resolve: (key: string) => unknown }) =>
  container.resolve(TRADE_MODULE) as TradeModuleService as unknown as Dynamic

const singularOf = (entity: TradeEntity) =>
  entity === "Businesses" ? "Business" : entity === "Deliveries" ? "Delivery" : entity.slice(0, -1)

/** Creates trade records of one kind; undone by deleting them. */
export const createTradeRecordsStep = createStep(
  "create-trade-records",
  async ({ entity, data }: { entity: TradeEntity; data: Record<string, unknown>[] }, { container }) => {
    const created = (await methods(container)[`create${entity}`](data)) as Row[]
    return new StepResponse(created, { entity, ids: created.map((r) => r.id) })
  },
  async (undo, { container }) => {
    if (!undo?.ids.length) return
    await methods(container)[`delete${undo.entity}`](undo.ids)
  },
)

/** Updates one trade record; undone by writing back the fields it changed. */
export const updateTradeRecordStep = createStep(
  "update-trade-record",
  async ({ entity, id, data }: { entity: TradeEntity; id: string; data: Record<string, unknown> }, { container }) => {
    const service = methods(container)
    const before = (await service[`retrieve${singularOf(entity)}`](id, { select: Object.keys(data) })) as Row
    const [updated] = (await service[`update${entity}`]([{ id, ...data }])) as Row[]
    const previous = Object.fromEntries(Object.keys(data).map((k) => [k, before[k]]))
    return new StepResponse(updated, { entity, id, previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    await methods(container)[`update${undo.entity}`]([{ id: undo.id, ...undo.previous }])
  },
)

type SaveUndo = { entity: TradeEntity; created: string | null; previous: Record<string, unknown> | null }

/**
 * Creates a trade record, or updates it when `id` is given: the one write of the "save" workflows.
 * Undone by deleting what it created, or by writing back the fields it changed.
 */
export const saveTradeRecordStep = createStep(
  "save-trade-record",
  async ({ entity, id, data }: { entity: TradeEntity; id?: string; data: Record<string, unknown> }, { container }) => {
    const service = methods(container)
    if (!id) {
      const [created] = (await service[`create${entity}`]([data])) as Row[]
      return new StepResponse(created, {
        entity,
        created: created.id,
        previous: null as Record<string, unknown> | null,
      })
    }
    const before = (await service[`retrieve${singularOf(entity)}`](id, { select: Object.keys(data) })) as Row
    const [updated] = (await service[`update${entity}`]([{ id, ...data }])) as Row[]
    const previous = { id, ...Object.fromEntries(Object.keys(data).map((k) => [k, before[k]])) }
    return new StepResponse(updated, { entity, created: null, previous } as SaveUndo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = methods(container)
    if (undo.created) await service[`delete${undo.entity}`]([undo.created])
    if (undo.previous) await service[`update${undo.entity}`]([undo.previous])
  },
)
