import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ProgrammeItem, TradeEventPage, TradeEventView } from "@ocop/core"
import { tradeService } from "../../access/trade"
import { tradeProducts } from "./product-facts"

type EventRow = Awaited<ReturnType<ReturnType<typeof tradeService>["retrieveTradeEvent"]>>

const publicEvent = (e: EventRow): TradeEventView => ({
  id: e.id,
  handle: e.handle,
  kind: e.kind,
  name: e.name,
  name_en: e.name_en,
  starts_on: e.starts_on,
  ends_on: e.ends_on,
  venue: e.venue,
  commune_code: e.commune_code,
  organiser: e.organiser,
  description: e.description,
  // The programme is stored as the organiser published it (validated when an official saves it).
  programme: (e.programme as { items?: ProgrammeItem[] } | null)?.items ?? [],
  meetings: { from: e.meeting_from, to: e.meeting_to, slot_minutes: e.slot_minutes, tables: e.tables },
})

export async function listPublicEvents(container: MedusaContainer): Promise<TradeEventView[]> {
  const events = await tradeService(container).listTradeEvents({}, { take: null, order: { starts_on: "DESC" } })
  return events.map(publicEvent)
}

/**
 * A fair's public page: programme, exhibitors with their booth and the products they show that are
 * certified now (a revoked product disappears from the fair page too), the number of buyers, and
 * for each exhibitor the verified account a buyer can ask for a meeting.
 */
export async function eventPage(container: MedusaContainer, handle: string): Promise<TradeEventPage | null> {
  const trade = tradeService(container)
  const [event] = await trade.listTradeEvents({ handle }, { relations: ["exhibitors", "buyers"], take: 1 })
  if (!event) return null
  const exhibitors = event.exhibitors ?? []
  const productIds = exhibitors.flatMap((x) => x.product_ids ?? [])
  const subjectIds = exhibitors.map((x) => x.subject_id)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [facts, { data: products }, { data: subjects }, accounts] = await Promise.all([
    tradeProducts(container, productIds),
    productIds.length
      ? query.graph({ entity: "product", filters: { id: productIds }, fields: ["id", "handle", "title", "thumbnail"] })
      : Promise.resolve({ data: [] }),
    subjectIds.length
      ? query.graph({ entity: "subject", filters: { id: subjectIds }, fields: ["id", "key", "name"] })
      : Promise.resolve({ data: [] }),
    subjectIds.length
      ? trade.listBusinesses({ subject_id: subjectIds, status: "verified" }, { select: ["id", "subject_id"] })
      : [],
  ])
  const productById = new Map(
    (products as { id: string; handle: string; title: string; thumbnail: string | null }[]).map((p) => [p.id, p]),
  )
  const subjectById = new Map((subjects as { id: string; key: string; name: string }[]).map((s) => [s.id, s]))
  const accountOf = new Map(accounts.map((a) => [a.subject_id, a.id]))
  return {
    ...publicEvent(event),
    buyers_count: (event.buyers ?? []).length,
    exhibitors: exhibitors
      .filter((x) => subjectById.has(x.subject_id))
      .map((x) => ({
        id: x.id,
        booth: x.booth,
        producer: subjectById.get(x.subject_id)!,
        business_id: accountOf.get(x.subject_id) ?? null,
        products: (x.product_ids ?? [])
          .filter((id) => facts.get(id)?.listed && productById.has(id))
          .map((id) => ({ ...productById.get(id)!, stars: facts.get(id)!.stars })),
      }))
      .sort((a, b) => (a.booth ?? "").localeCompare(b.booth ?? "", "vi", { numeric: true })),
  }
}
