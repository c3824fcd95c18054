import type { MedusaContainer } from "@medusajs/framework/types"
import type { TraceView } from "@ocop/core"
import { localTest, type StoredLotTest } from "../../modules/traceability/english"
import { TRACEABILITY_MODULE } from "../../modules/traceability/name"
import type TraceabilityModuleService from "../../modules/traceability/service"
import { isEnglish } from "../locale"
import { listSalesPoints } from "../trade/sales-points"

type EnglishEvent = {
  type: string
  occurred_at: string | Date
  place: string
  place_en: string | null
  actor_en: string | null
}
type EnglishLot = { origin_en: string | null; events?: EnglishEvent[] }

const stepKey = (type: string, at: string | Date, place: string) => `${type}\n${new Date(at).toISOString()}\n${place}`

/**
 * The scan view in the reader's language. The resolver caches its facts in Vietnamese, the data's
 * own language; an English reader gets each text's English from the lot, its journey events and the
 * sales points (read now, a few rows), and the Vietnamese where a record has none.
 */
export async function localTrace(
  container: MedusaContainer,
  trace: TraceView,
  lotId: string | null,
  locale: string | undefined,
): Promise<TraceView> {
  const english = isEnglish(locale)
  const lot = trace.lot && { ...trace.lot, tests: trace.lot.tests.map((t) => localTest(t as StoredLotTest, english)) }
  if (!english) return { ...trace, lot }
  const [texts, points] = await Promise.all([
    lotId ? lotEnglish(container, lotId) : null,
    trace.sales_points.length
      ? listSalesPoints(container, { id: trace.sales_points.map((p) => p.id) }, locale)
      : Promise.resolve([]),
  ])
  const steps = new Map((texts?.events ?? []).map((e) => [stepKey(e.type, e.occurred_at, e.place), e]))
  const pointById = new Map(points.map((p) => [p.id, p]))
  return {
    ...trace,
    lot: lot && { ...lot, origin: texts?.origin_en || lot.origin },
    journey: trace.journey.map((step) => {
      const en = steps.get(stepKey(step.type, step.occurred_at, step.place))
      return { ...step, place: en?.place_en || step.place, actor: en?.actor_en || step.actor }
    }),
    sales_points: trace.sales_points.map((p) => {
      const en = pointById.get(p.id)
      return en ? { ...p, name: en.name, address: en.address || p.address, opening_hours: en.opening_hours } : p
    }),
  }
}

async function lotEnglish(container: MedusaContainer, lotId: string): Promise<EnglishLot | null> {
  const service: TraceabilityModuleService = container.resolve(TRACEABILITY_MODULE)
  const [lot] = await service.listLots(
    { id: lotId },
    {
      select: ["origin_en", "events.type", "events.occurred_at", "events.place", "events.place_en", "events.actor_en"],
      relations: ["events"],
    },
  )
  return lot ?? null
}
