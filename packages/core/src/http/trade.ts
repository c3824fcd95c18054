import type { AgreementKind, AgreementStatus } from "../agreements"
import type { BusinessStatus, BusinessType, SalesPointType, TradeEventKind } from "../trade-types"

/**
 * Trade-promotion responses read by both the storefront and the admin (`/store/trade/*`,
 * `/admin/trade/*`, docs/trade.md). Days are YYYY-MM-DD Vietnamese calendar days; instants are
 * ISO 8601 strings; amounts are whole VND.
 */

/** A listed product as trade pages link it, with the stars of its certificate now. */
export type ListedProductView = { id: string; handle: string; title: string; thumbnail: string | null; stars: number }

/** A sales point: the programme's facts plus its stock location's name and address. */
export type SalesPointView = {
  id: string
  key: string
  /** Medusa's stock location: where the point's stock is kept and pickup orders go. */
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
/** A sales point with the listed products it has in stock (the Store API's sales point pages). */
export type SalesPointWithProducts = SalesPointView & { products: ListedProductView[] }
/** "Where to buy" a product: a sales point holding it, and how many. */
export type SalesPointStock = SalesPointView & { available_quantity: number }

export type SalesPointList = { sales_points: SalesPointView[] }
export type SalesPointResponse = { sales_point: SalesPointView }
export type StoreSalesPointList = { sales_points: SalesPointWithProducts[] }
export type StoreSalesPointResponse = { sales_point: SalesPointWithProducts }
/** GET /store/ocop/products/:id/sales-points */
export type SalesPointStockList = { sales_points: SalesPointStock[] }

/** A business account as its owner and officials see it. */
export type BusinessView = {
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
export type BusinessResponse = { business: BusinessView }
/** GET /store/trade/me: null before the customer registers a business. */
export type MyBusinessResponse = { business: BusinessView | null }
export type BusinessList = { businesses: BusinessView[] }

/** One entry of an event's programme, as the organiser publishes it. */
export type ProgrammeItem = { day?: string; time?: string; title: string; title_en?: string }

/** What the public and officials both read of a fair, conference, delegation or festival. */
export type TradeEventFacts = {
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
}

/** A trade event as the public sees it. */
export type TradeEventView = TradeEventFacts & {
  programme: ProgrammeItem[]
  /** Daily meeting hours (HH:MM on Vietnam's clock), slot length and tables. */
  meetings: { from: string; to: string; slot_minutes: number; tables: number }
}

/** An exhibitor on a fair's public page, with its products that are certified now. */
export type ExhibitorView = {
  id: string
  booth: string | null
  producer: { id: string; key: string; name: string }
  /** The producer's verified portal account, when it has one: who a buyer asks for a meeting. */
  business_id: string | null
  products: ListedProductView[]
}
export type TradeEventPage = TradeEventView & { buyers_count: number; exhibitors: ExhibitorView[] }
export type TradeEventList = { events: TradeEventView[] }
export type TradeEventPageResponse = { event: TradeEventPage }

export type AgreementParty = { id: string; company_name: string | null }
export type AgreementLineView = { product_id: string; title: string; quantity: number; unit_price: number }
/** A PDF's name and size; the file itself is served only to the parties and officials. */
export type AgreementDocumentView = { id: string; filename: string; size: number; created_at: string }
/** Who must still act: a delivery counts towards `realised` only once confirmed. */
export type DeliveryStatus = "pending" | "confirmed" | "disputed"
/**
 * A delivery as the viewer may see it. The party that did not record it confirms or disputes it
 * (or an official does). `order_id` is shown only to the buyer whose order it is, and to officials.
 */
export type DeliveryView = {
  id: string
  delivered_on: string
  quantity: number
  value: number
  order_id: string | null
  note: string | null
  recorded_by: "buyer" | "seller"
  status: DeliveryStatus
  confirmed_at: string | null
  /** Its confirmation took the confirmed total above the agreement's value. */
  over_delivery: boolean
}

/** An MoU or contract with its lines, documents and deliveries, and the value realised so far. */
export type AgreementView = {
  id: string
  kind: AgreementKind
  status: AgreementStatus
  buyer: AgreementParty
  seller: AgreementParty
  event_id: string | null
  meeting_id: string | null
  term_start: string
  term_end: string
  value: number
  /** The confirmed deliveries' value. */
  realised: number
  /** Recorded deliveries still waiting for the other party's confirmation. */
  pending_value: number
  /** Confirmed deliveries exceed the agreement's value: for officials to look at. */
  over_delivered: boolean
  buyer_signed_at: string | null
  seller_signed_at: string | null
  signed_on: string | null
  lines: AgreementLineView[]
  documents: AgreementDocumentView[]
  /** Oldest first. */
  deliveries: DeliveryView[]
  created_at: string
}
export type AgreementResponse = { agreement: AgreementView }
export type AgreementList = { agreements: AgreementView[] }
