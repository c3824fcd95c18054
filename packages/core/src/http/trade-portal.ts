import type { MatchReason } from "../matching"
import type { BusinessType } from "../trade-types"

/**
 * The business portal's responses (`/store/trade/me/*`): a business's own needs, offers, matches
 * and meetings. Days are YYYY-MM-DD Vietnamese calendar days; instants are ISO 8601 strings.
 */

export type TradeRecordStatus = "open" | "closed"

/** A buyer's need: a product set or keywords, how much by when, minimum stars, where, at what price. */
export type NeedView = {
  id: string
  business_id: string
  title: string
  /** An OCOP product set code (e.g. "I.4.b"), or null to match on keywords. */
  group_code: string | null
  keywords: string[]
  quantity: number
  min_stars: number
  commune_code: string | null
  latitude: number | null
  longitude: number | null
  deadline: string
  price_ceiling: number | null
  status: TradeRecordStatus
  created_at: string
}
export type NeedList = { needs: NeedView[] }
export type NeedResponse = { need: NeedView }

/** A producer's offer of one listed product: monthly capacity and price range in VND. */
export type OfferView = {
  id: string
  business_id: string
  product_id: string
  monthly_capacity: number
  price_min: number
  price_max: number
  /** How far the producer delivers, or null for anywhere. */
  delivery_radius_km: number | null
  certifications: string[]
  note: string | null
  status: TradeRecordStatus
  created_at: string
}
export type OfferList = { offers: OfferView[] }
export type OfferResponse = { offer: OfferView }

export type MatchParty = { id: string; company_name: string; type: BusinessType }
export type MatchProductView = {
  id: string
  handle: string | null
  title: string
  stars: number
  certificate_valid_until: string | null
}
/** A match's score (0–100) and the reasons behind it, factor by factor. */
export type MatchScore = { eligible: true; score: number; reasons: MatchReason[] }
export type OfferMatchView = MatchScore & { offer_id: string; product: MatchProductView; producer: MatchParty }
export type NeedMatchView = MatchScore & {
  need_id: string
  title: string
  quantity: number
  deadline: string
  buyer: MatchParty
}

/** GET /store/trade/me/matches: each open need with the offers that fit it, each open offer with its needs. */
export type MatchesView = {
  today: string
  needs: { need: { id: string; title: string; deadline: string; quantity: number }; offers: OfferMatchView[] }[]
  offers: { offer: { id: string; product: MatchProductView }; needs: NeedMatchView[] }[]
}

export type MeetingStatus = "requested" | "accepted" | "declined" | "cancelled"

/** What both parties and officials read of a meeting at a fair: the slot, its table, the request. */
export type MeetingFacts = {
  id: string
  event_id: string
  need_id: string | null
  offer_id: string | null
  slot_start: string
  table_no: number | null
  status: MeetingStatus
  message: string | null
}

/** A meeting from one party's side: its role, and only its own notes besides the shared facts. */
export type MeetingView = MeetingFacts & {
  role: "requester" | "counterpart"
  counterpart: { id: string; company_name: string | null }
  notes: string | null
}
export type MeetingList = { meetings: MeetingView[] }
export type MeetingResponse = { meeting: MeetingView }

/** A meeting slot of a fair: free when both parties are and a table is left. */
export type SlotView = { start: string; tables_free: number; free: boolean }
export type SlotList = { event_id: string; slots: SlotView[] }
