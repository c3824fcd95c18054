import type { AgreementStatus, BusinessType, MatchReason, SalesPointType, TradeEventKind } from "@ocop/core"

/**
 * The shapes of the trade-promotion Store API (docs/trade.md, backend/src/api/store/trade), as the
 * storefront reads them. Dates are YYYY-MM-DD Vietnamese calendar days; instants are ISO strings.
 */
export type ListedProduct = { id: string; handle: string; title: string; thumbnail: string | null; stars: number }

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
  products: ListedProduct[]
}

export type ProgrammeItem = { day?: string; time?: string; title: string; title_en?: string }

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
  programme: ProgrammeItem[]
  meetings: { from: string; to: string; slot_minutes: number; tables: number }
}

export type Exhibitor = {
  id: string
  booth: string | null
  producer: { id: string; key: string; name: string }
  /** The producer's verified portal account, when it has one: who a buyer asks for a meeting. */
  business_id: string | null
  products: ListedProduct[]
}

export type TradeEventPage = TradeEvent & { buyers_count: number; exhibitors: Exhibitor[] }

export type BusinessStatus = "pending" | "verified" | "rejected"

export type Business = {
  id: string
  company_name: string
  tax_code: string
  type: BusinessType
  /** Set for a producer's account when an official ties it to its OCOP subject. */
  subject_id: string | null
  commune_code: string | null
  phone: string | null
  status: BusinessStatus
  verified_at: string | null
  review_note: string | null
}

export type Need = {
  id: string
  title: string
  group_code: string | null
  keywords: string[]
  quantity: number
  min_stars: number
  commune_code: string | null
  latitude: number | null
  longitude: number | null
  deadline: string
  price_ceiling: number | null
  status: "open" | "closed"
}

export type Offer = {
  id: string
  product_id: string
  monthly_capacity: number
  price_min: number
  price_max: number
  delivery_radius_km: number | null
  certifications: string[]
  note: string | null
  status: "open" | "closed"
}

export type Party = { id: string; company_name: string; type: BusinessType }
export type MatchProduct = {
  id: string
  handle: string | null
  title: string
  stars: number
  certificate_valid_until: string | null
}
export type Scored = { score: number; reasons: MatchReason[] }
export type OfferMatch = Scored & { offer_id: string; product: MatchProduct; producer: Party }
export type NeedMatch = Scored & { need_id: string; title: string; quantity: number; deadline: string; buyer: Party }

export type Matches = {
  today: string
  needs: { need: { id: string; title: string; deadline: string; quantity: number }; offers: OfferMatch[] }[]
  offers: { offer: { id: string; product: MatchProduct }; needs: NeedMatch[] }[]
}

export type MeetingStatus = "requested" | "accepted" | "declined" | "cancelled"

export type Meeting = {
  id: string
  event_id: string
  role: "requester" | "counterpart"
  counterpart: { id: string; company_name: string | null }
  need_id: string | null
  offer_id: string | null
  slot_start: string
  table_no: number | null
  status: MeetingStatus
  message: string | null
  notes: string | null
}

export type Slot = { start: string; tables_free: number; free: boolean }

export type Agreement = {
  id: string
  kind: "mou" | "contract"
  status: AgreementStatus
  buyer: { id: string; company_name: string | null }
  seller: { id: string; company_name: string | null }
  event_id: string | null
  meeting_id: string | null
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

/** A listed product offered as a choice in a form (an offer, an agreement line). */
export type ProductChoice = { id: string; title: string; producer: string }
