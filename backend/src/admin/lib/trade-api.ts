import type {
  AgreementKind,
  AgreementStatus,
  BusinessType,
  KpiFigure,
  SalesPointType,
  TradeEventKind,
} from "@ocop/core"

/** Shapes and codes of the /admin/trade API (backend/src/api/admin/trade) as the screens use them. */

// The kinds themselves are written once in @ocop/core (trade-types.ts); lib/core.ts has the lists.
export type { BusinessType, SalesPointType, TradeEventKind }

export const BUSINESS_STATUSES = ["pending", "verified", "rejected"] as const
export type BusinessStatus = (typeof BUSINESS_STATUSES)[number]

export type Business = {
  id: string
  company_name: string
  tax_code: string
  type: BusinessType
  /** The OCOP subject a verified producer's account speaks for. */
  subject_id: string | null
  commune_code: string | null
  latitude: number | null
  longitude: number | null
  phone: string | null
  status: BusinessStatus
  verified_at: string | null
  review_note: string | null
  created_at: string
}

/** Days are Vietnamese calendar days (YYYY-MM-DD); meeting hours are HH:MM on Vietnam's clock. */
export type TradeEvent = {
  id: string
  handle: string
  kind: TradeEventKind
  name: string
  name_en: string | null
  starts_on: string
  ends_on: string
  venue: string
  commune_code: string | null
  organiser: string
  description: string | null
  meeting_from: string
  meeting_to: string
  slot_minutes: number
  tables: number
}
export type TradeEventRow = TradeEvent & { exhibitors_count: number; buyers_count: number }

export type Exhibitor = { id: string; subject_id: string; booth: string | null; product_ids: string[] }
export type EventBuyer = { id: string; business_id: string }
export type MeetingStatus = "requested" | "accepted" | "declined" | "cancelled"
export type Meeting = {
  id: string
  requester_id: string
  counterpart_id: string
  slot_start: string
  table_no: number | null
  status: MeetingStatus
  message: string | null
}
export type TradeEventDetail = {
  event: TradeEvent & { exhibitors: Exhibitor[]; buyers: EventBuyer[] }
  meetings: Meeting[]
}

/** A sales point: the programme's facts plus its stock location's name and address. */
export type SalesPoint = {
  id: string
  key: string
  stock_location_id: string
  name: string
  type: SalesPointType
  address: string
  commune_code: string
  latitude: number | null
  longitude: number | null
  opening_hours: string | null
  operator: string | null
  tours: string[]
}

/** Medusa's own stock location (GET /admin/stock-locations). */
export type StockLocation = { id: string; name: string; address?: { address_1?: string | null } | null }

export type Party = { id: string; company_name: string | null }

/** Amounts are whole VND. */
export type Agreement = {
  id: string
  kind: AgreementKind
  status: AgreementStatus
  buyer: Party
  seller: Party
  event_id: string | null
  term_start: string
  term_end: string
  value: number
  realised: number
  buyer_signed_at: string | null
  seller_signed_at: string | null
  signed_on: string | null
  lines: { product_id: string; title: string; quantity: number; unit_price: number }[]
  documents: { id: string; filename: string; size: number; created_at: string }[]
  deliveries: {
    id: string
    delivered_on: string
    quantity: number
    value: number
    order_id: string | null
    note: string | null
  }[]
  created_at: string
}

export type KpiReport = {
  plan: { code: string; date: string; title: string }
  period: { from: string; to: string }
  figures: KpiFigure[]
}
