import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { isIsoDate, meetingSlots } from "@ocop/core"
import { TRADE_MODULE } from "../../modules/trade/name"
import type TradeModuleService from "../../modules/trade/service"
import { tradeProducts } from "../../lib/trade/product-facts"
import { saveTradeRecordStep } from "./steps/records"

const trade = (container: { resolve: <T>(key: string) => T }) => container.resolve<TradeModuleService>(TRADE_MODULE)

export type SalesPointInput = {
  stock_location_id: string
  key: string
  type: string
  commune_code: string
  latitude?: number | null
  longitude?: number | null
  opening_hours?: string | null
  operator?: string | null
  tours?: string[]
}

const checkSalesPointStep = createStep(
  "check-sales-point",
  async (input: { id?: string; point: SalesPointInput }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "stock_location",
      fields: ["id"],
      filters: { id: input.point.stock_location_id },
    })
    if (!data.length)
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `No stock location with id ${input.point.stock_location_id}`)
    const { data: communes } = await query.graph({
      entity: "admin_unit",
      fields: ["code"],
      filters: { code: input.point.commune_code },
    })
    if (!communes.length)
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `commune_code ${input.point.commune_code} is unknown`)
    for (const [field, value] of [
      ["key", input.point.key],
      ["stock_location_id", input.point.stock_location_id],
    ] as const) {
      const [taken] = await trade(container).listSalesPoints({ [field]: value }, { take: 1, select: ["id"] })
      if (taken && taken.id !== input.id)
        throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `${field} ${value} is already a sales point`)
    }
    return new StepResponse(true)
  },
)

/**
 * Makes a Medusa stock location an OCOP sales point, or updates its facts. The location itself,
 * its stock and its pickup option are managed in Medusa's own Locations settings.
 */
export const saveSalesPointWorkflow = createWorkflow(
  "save-sales-point",
  (input: { id?: string; point: SalesPointInput }) => {
    checkSalesPointStep(input)
    const record = saveTradeRecordStep(
      transform({ input }, ({ input }) => ({ entity: "SalesPoints" as const, id: input.id, data: input.point })),
    )
    return new WorkflowResponse(record)
  },
)

export type TradeEventInput = {
  handle: string
  kind: "fair" | "conference" | "delegation" | "festival"
  name: string
  name_en?: string | null
  starts_on: string
  ends_on: string
  venue: string
  commune_code?: string | null
  organiser: string
  description?: string | null
  programme?: { items: { day: string; time: string; title: string; title_en?: string }[] }
  meeting_from?: string
  meeting_to?: string
  slot_minutes?: number
  tables?: number
}

const checkEventStep = createStep(
  "check-trade-event",
  async (input: { id?: string; event: TradeEventInput }, { container }) => {
    const e = input.event
    if (!isIsoDate(e.starts_on) || !isIsoDate(e.ends_on) || e.ends_on < e.starts_on)
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "starts_on and ends_on must be YYYY-MM-DD, in order")
    try {
      meetingSlots({
        starts_on: e.starts_on,
        ends_on: e.ends_on,
        meeting_from: e.meeting_from ?? "08:00",
        meeting_to: e.meeting_to ?? "17:00",
        slot_minutes: e.slot_minutes ?? 30,
        tables: e.tables ?? 0,
      })
    } catch (error) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, (error as Error).message)
    }
    const [taken] = await trade(container).listTradeEvents({ handle: e.handle }, { take: 1, select: ["id"] })
    if (taken && taken.id !== input.id)
      throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `handle ${e.handle} is taken`)
    return new StepResponse(true)
  },
)

export const saveTradeEventWorkflow = createWorkflow(
  "save-trade-event",
  (input: { id?: string; event: TradeEventInput }) => {
    checkEventStep(input)
    const record = saveTradeRecordStep(
      transform({ input }, ({ input }) => ({ entity: "TradeEvents" as const, id: input.id, data: input.event })),
    )
    return new WorkflowResponse(record)
  },
)

export type ExhibitorInput = { subject_id: string; booth?: string | null; product_ids: string[] }

const checkExhibitorStep = createStep(
  "check-trade-exhibitor",
  async (input: { event_id: string; exhibitor: ExhibitorInput }, { container }) => {
    await trade(container).retrieveTradeEvent(input.event_id)
    const { data } = await container
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({ entity: "subject", fields: ["id"], filters: { id: input.exhibitor.subject_id } })
    if (!data.length)
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `No OCOP subject with id ${input.exhibitor.subject_id}`)
    const products = await tradeProducts(container, input.exhibitor.product_ids)
    input.exhibitor.product_ids.forEach((id, i) => {
      const p = products.get(id)
      if (!p || p.subject_id !== input.exhibitor.subject_id)
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `product_ids[${i}] is not a product of this producer`)
    })
    const [existing] = await trade(container).listExhibitors({
      event_id: input.event_id,
      subject_id: input.exhibitor.subject_id,
    })
    return new StepResponse(existing?.id ?? null)
  },
)

/** Adds a producer to an event's exhibitors (or updates its booth and products). */
export const saveExhibitorWorkflow = createWorkflow(
  "save-trade-exhibitor",
  (input: { event_id: string; exhibitor: ExhibitorInput }) => {
    const existing = checkExhibitorStep(input)
    const record = saveTradeRecordStep(
      transform({ input, existing }, ({ input, existing }) => ({
        entity: "Exhibitors" as const,
        id: existing ?? undefined,
        data: { ...input.exhibitor, event_id: input.event_id },
      })),
    )
    return new WorkflowResponse(record)
  },
)
