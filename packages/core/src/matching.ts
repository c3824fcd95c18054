import { distanceKm } from "./clone-rules"
import { isIsoDate } from "./dates"
import { foldVietnamese } from "./text"

/**
 * Supply–demand matching for trade promotion: an explainable score for a buyer's need against a
 * producer's offer. Each factor scores 0–1 with its facts kept, so both sides see why a match was
 * suggested; the weights are data (MATCH_WEIGHTS). A product that is not listed (revoked, expired,
 * below 3★) or below the buyer's minimum stars is not a match at all, whatever else fits.
 */
export type TradeOffer = {
  id: string
  product: {
    id: string
    title: string
    /** OCOP product set code (e.g. "1.3"), as the catalogue's groups carry it. */
    group: string | null
    stars: number
    /** Listed now under THE listing rule (`listing.ts`): certified, active, unexpired. */
    listed: boolean
    /** The listing certificate's last day, YYYY-MM-DD. */
    certificate_valid_until: string | null
  }
  /** Units the producer can deliver per month. */
  monthly_capacity: number
  /** VND per unit. */
  price_min: number
  price_max: number
  /** Where the goods leave from, and how far the producer delivers (null: anywhere). */
  origin: { lat: number; lon: number } | null
  delivery_radius_km: number | null
}

export type TradeNeed = {
  id: string
  /** A product set code, or null to match on keywords only. */
  group: string | null
  keywords: string[]
  /** Units wanted in all, by the deadline. */
  quantity: number
  min_stars: number
  place: { lat: number; lon: number } | null
  /** YYYY-MM-DD. */
  deadline: string
  /** VND per unit, or null. */
  price_ceiling: number | null
}

export type MatchFactor = "product" | "capacity" | "distance" | "price" | "certificate"
export const MATCH_WEIGHTS: Record<MatchFactor, number> = {
  product: 0.35,
  capacity: 0.2,
  distance: 0.15,
  price: 0.15,
  certificate: 0.15,
}

export type MatchReason =
  | { factor: "product"; score: number; same_group: boolean; keywords: string[] }
  | { factor: "capacity"; score: number; deliverable: number; wanted: number }
  | { factor: "distance"; score: number; km: number | null; outside_area: boolean }
  | { factor: "price"; score: number; price_min: number; price_max: number; ceiling: number | null }
  | { factor: "certificate"; score: number; valid_until: string | null; deadline: string }

export type Match =
  | { eligible: false; excluded: "not_listed" | "below_min_stars" }
  | { eligible: true; score: number; reasons: MatchReason[] }

/** Full score within this distance; none beyond FAR_KM (the province is about 250 km long). */
const NEAR_KM = 50
const FAR_KM = 500

/** Lower-case words without tones, so "Nước mắm" in a need finds "NƯỚC MẮM Cửa Tùng". */
const wordsOf = (text: string) =>
  foldVietnamese(text)
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
const round2 = (x: number) => Math.round(x * 100) / 100
const clamp01 = (x: number) => Math.max(0, Math.min(1, x))

/** Whole months from today to the deadline, at least one (a need due this month is one month's output). */
function monthsUntil(today: string, deadline: string): number {
  const [y1, m1] = today.split("-").map(Number)
  const [y2, m2] = deadline.split("-").map(Number)
  return Math.max(1, (y2 - y1) * 12 + (m2 - m1))
}

export function matchNeedToOffer(need: TradeNeed, offer: TradeOffer, today: string): Match {
  if (!isIsoDate(need.deadline) || !isIsoDate(today)) throw new RangeError("dates must be YYYY-MM-DD")
  if (!offer.product.listed) return { eligible: false, excluded: "not_listed" }
  if (offer.product.stars < need.min_stars) return { eligible: false, excluded: "below_min_stars" }

  const words = wordsOf(offer.product.title)
  const keywords = need.keywords.filter((k) => {
    const wanted = wordsOf(k)
    return wanted.length > 0 && wanted.every((w) => words.includes(w))
  })
  const sameGroup = need.group !== null && need.group === offer.product.group
  const keywordShare = need.keywords.length ? keywords.length / need.keywords.length : 0
  const product = sameGroup ? 0.5 + 0.5 * keywordShare : keywordShare

  const deliverable = offer.monthly_capacity * monthsUntil(today, need.deadline)
  const capacity = clamp01(deliverable / need.quantity)

  const km = need.place && offer.origin ? distanceKm(need.place, offer.origin) : null
  const outsideArea = km !== null && offer.delivery_radius_km !== null && km > offer.delivery_radius_km
  const distance = km === null ? 0.5 : outsideArea ? 0 : clamp01((FAR_KM - km) / (FAR_KM - NEAR_KM))

  const ceiling = need.price_ceiling
  const price =
    ceiling === null || offer.price_max <= ceiling
      ? 1
      : offer.price_min > ceiling
        ? 0
        : (ceiling - offer.price_min) / (offer.price_max - offer.price_min)

  const validUntil = offer.product.certificate_valid_until
  const certificate = validUntil !== null && validUntil >= need.deadline ? 1 : 0

  const reasons: MatchReason[] = [
    { factor: "product", score: round2(product), same_group: sameGroup, keywords },
    { factor: "capacity", score: round2(capacity), deliverable, wanted: need.quantity },
    { factor: "distance", score: round2(distance), km: km === null ? null : Math.round(km), outside_area: outsideArea },
    { factor: "price", score: round2(price), price_min: offer.price_min, price_max: offer.price_max, ceiling },
    { factor: "certificate", score: certificate, valid_until: validUntil, deadline: need.deadline },
  ]
  // Nothing of the product fits: not a match, however cheap or near.
  if (product === 0) return { eligible: true, score: 0, reasons }
  const score = reasons.reduce((sum, r) => sum + MATCH_WEIGHTS[r.factor] * r.score, 0)
  return { eligible: true, score: Math.round(score * 100), reasons }
}

/** The offers that fit a need, best first (ties by id, so the order is stable). */
export function rankOffers(need: TradeNeed, offers: TradeOffer[], today: string) {
  return offers
    .map((offer) => ({ offer, match: matchNeedToOffer(need, offer, today) }))
    .filter((m): m is { offer: TradeOffer; match: Extract<Match, { eligible: true }> } => m.match.eligible)
    .filter((m) => m.match.score > 0)
    .sort((a, b) => b.match.score - a.match.score || a.offer.id.localeCompare(b.offer.id))
}

/** The needs an offer fits, best first: the producer's side of the same scores. */
export function rankNeeds(offer: TradeOffer, needs: TradeNeed[], today: string) {
  return needs
    .map((need) => ({ need, match: matchNeedToOffer(need, offer, today) }))
    .filter((m): m is { need: TradeNeed; match: Extract<Match, { eligible: true }> } => m.match.eligible)
    .filter((m) => m.match.score > 0)
    .sort((a, b) => b.match.score - a.match.score || a.need.id.localeCompare(b.need.id))
}
