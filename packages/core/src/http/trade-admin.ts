import type { KpiFigure } from "../trade-kpis"
import type { BusinessView, TradeEventFacts } from "./trade"
import type { MeetingFacts } from "./trade-portal"

/**
 * Responses of the officials' trade API (`/admin/trade/*`) besides the shared views in `trade.ts`.
 * Events, exhibitors and meetings are the trade module's records as stored (Medusa's timestamps,
 * and an event's programme, travel with them too).
 */

/** Another profile that applied with the same tax code; only a verified one holds it. */
export type TaxCodeClaim = Pick<BusinessView, "id" | "company_name" | "status">
/** A business as officials list it: with the other profiles claiming its tax code, for the review. */
export type AdminBusinessView = BusinessView & { tax_code_claims: TaxCodeClaim[] }
/** GET /admin/trade/businesses */
export type AdminBusinessList = { businesses: AdminBusinessView[] }

/** Days are Vietnamese calendar days (YYYY-MM-DD); meeting hours are HH:MM on Vietnam's clock. */
export type AdminTradeEventView = TradeEventFacts & {
  meeting_from: string
  meeting_to: string
  slot_minutes: number
  tables: number
}
export type AdminTradeEventRow = AdminTradeEventView & { exhibitors_count: number; buyers_count: number }
export type AdminTradeEventList = { events: AdminTradeEventRow[] }
export type AdminTradeEventResponse = { event: AdminTradeEventView }

export type AdminExhibitorView = { id: string; subject_id: string; booth: string | null; product_ids: string[] }
export type AdminExhibitorResponse = { exhibitor: AdminExhibitorView }
export type AdminEventBuyerView = { id: string; business_id: string }

/** A meeting as stored: both parties' ids and both parties' notes. */
export type AdminMeetingView = MeetingFacts & {
  requester_id: string
  counterpart_id: string
  requester_notes: string | null
  counterpart_notes: string | null
}

/** GET /admin/trade/events/:id: the event with its exhibitors and buyers, and its meetings by slot. */
export type AdminTradeEventDetail = {
  event: AdminTradeEventView & { exhibitors: AdminExhibitorView[]; buyers: AdminEventBuyerView[] }
  meetings: AdminMeetingView[]
}

/** GET /admin/trade/kpis: the plan's targets against actuals computed for the period. */
export type KpiReport = {
  plan: { code: string; date: string; title: string }
  period: { from: string; to: string }
  figures: KpiFigure[]
}

/** What a DELETE answers, as Medusa's own routes do. */
export type DeletedResponse<Kind extends string> = { id: string; object: Kind; deleted: true }
