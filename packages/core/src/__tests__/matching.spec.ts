import { describe, expect, it } from "vitest"
import { matchNeedToOffer, rankNeeds, rankOffers, type TradeNeed, type TradeOffer } from "../matching"

const TODAY = "2026-11-29"
const DONG_HA = { lat: 16.8, lon: 107.1 }
const HUE = { lat: 16.5, lon: 107.6 }
const HA_NOI = { lat: 21.0, lon: 105.8 }

type OfferChanges = Partial<Omit<TradeOffer, "product">> & { product?: Partial<TradeOffer["product"]> }
const offer = (id: string, over: OfferChanges = {}): TradeOffer => ({
  id,
  monthly_capacity: 500,
  price_min: 80_000,
  price_max: 100_000,
  origin: DONG_HA,
  delivery_radius_km: null,
  ...over,
  product: {
    id: `prod_${id}`,
    title: "Nước mắm Cửa Tùng",
    group: "1.3",
    stars: 4,
    listed: true,
    certificate_valid_until: "2028-01-01",
    ...over.product,
  },
})

// A hotel in Huế wants 1,200 bottles of fish sauce, 3★ or more, by the end of February, ≤ 95,000 ₫.
const need: TradeNeed = {
  id: "need_hotel",
  group: "1.3",
  keywords: ["nuoc mam"],
  quantity: 1_200,
  min_stars: 3,
  place: HUE,
  deadline: "2027-02-28",
  price_ceiling: 95_000,
}

describe("supply–demand matching", () => {
  it("scores a fitting offer with its reasons, factor by factor", () => {
    const match = matchNeedToOffer(need, offer("a"), TODAY)
    expect(match.eligible).toBe(true)
    if (!match.eligible) return
    expect(match.reasons).toEqual([
      { factor: "product", score: 1, same_group: true, keywords: ["nuoc mam"] },
      // Three months (December–February) of 500 a month cover the 1,200 wanted.
      { factor: "capacity", score: 1, deliverable: 1_500, wanted: 1_200 },
      // Đông Hà to Huế, about 63 km: just past the 50 km of full score (450 km of slope).
      { factor: "distance", score: 0.97, km: 63, outside_area: false },
      // Between 80,000 and 100,000 against a ceiling of 95,000: three quarters of the range fits.
      { factor: "price", score: 0.75, price_min: 80_000, price_max: 100_000, ceiling: 95_000 },
      { factor: "certificate", score: 1, valid_until: "2028-01-01", deadline: "2027-02-28" },
    ])
    // 0.35 × 1 + 0.2 × 1 + 0.15 × 0.97 + 0.15 × 0.75 + 0.15 × 1 = 0.958
    expect(match.score).toBe(96)
  })

  it("ranks offers by fit and explains the order", () => {
    const offers = [
      offer("far", { origin: HA_NOI }),
      offer("small", { monthly_capacity: 100 }),
      offer("best"),
      offer("expiring", { product: { certificate_valid_until: "2027-01-31" } }),
      offer("other-product", { product: { title: "Cà phê Khe Sanh", group: "1.1" } }),
    ]
    const ranked = rankOffers(need, offers, TODAY)
    expect(ranked.map((r) => r.offer.id)).toEqual(["best", "expiring", "far", "small"])
    // Each one lost exactly where its reasons say.
    const reason = (id: string, factor: string) =>
      ranked.find((r) => r.offer.id === id)!.match.reasons.find((x) => x.factor === factor)!.score
    expect(reason("expiring", "certificate")).toBe(0)
    expect(reason("far", "distance")).toBeLessThan(0.2)
    expect(reason("small", "capacity")).toBe(0.25)
  })

  it("drops revoked products and those below the buyer's stars, whatever else fits", () => {
    expect(matchNeedToOffer(need, offer("revoked", { product: { listed: false } }), TODAY)).toEqual({
      eligible: false,
      excluded: "not_listed",
    })
    const strict = { ...need, min_stars: 5 }
    expect(matchNeedToOffer(strict, offer("a"), TODAY)).toEqual({ eligible: false, excluded: "below_min_stars" })
    expect(rankOffers(need, [offer("revoked", { product: { listed: false } }), offer("ok")], TODAY)).toHaveLength(1)
  })

  it("gives nothing outside the producer's delivery area, and matches keywords without tones", () => {
    const local = offer("local", { delivery_radius_km: 30 })
    const match = matchNeedToOffer(need, local, TODAY)
    expect(match.eligible && match.reasons.find((r) => r.factor === "distance")).toMatchObject({
      score: 0,
      outside_area: true,
    })
    const byKeyword = { ...need, group: null, keywords: ["NƯỚC MẮM", "hữu cơ"] }
    const m = matchNeedToOffer(byKeyword, offer("a"), TODAY)
    expect(m.eligible && m.reasons[0]).toEqual({
      factor: "product",
      score: 0.5,
      same_group: false,
      keywords: ["NƯỚC MẮM"],
    })
  })

  it("suggests needs to a producer from the same scores", () => {
    const coffeeNeed: TradeNeed = { ...need, id: "need_cafe", group: "1.1", keywords: ["ca phe"] }
    const ranked = rankNeeds(offer("a"), [coffeeNeed, need], TODAY)
    expect(ranked.map((r) => r.need.id)).toEqual(["need_hotel"])
  })

  it("refuses a malformed deadline", () => {
    expect(() => matchNeedToOffer({ ...need, deadline: "28/02/2027" }, offer("a"), TODAY)).toThrow(/YYYY-MM-DD/)
  })
})
