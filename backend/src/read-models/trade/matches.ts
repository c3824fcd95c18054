import type { MedusaContainer } from "@medusajs/framework/types"
import {
  rankNeeds,
  rankOffers,
  vietnamDate,
  type MatchesView,
  type MatchParty,
  type MatchProductView,
  type TradeNeed,
  type TradeOffer,
} from "@ocop/core"
import type { BusinessRecord } from "../../access/trade"
import { tradeService } from "../../access/trade"
import { tradeProducts } from "./product-facts"

type NeedRow = Awaited<ReturnType<ReturnType<typeof tradeService>["listNeeds"]>>[number]
type BusinessRow = Pick<BusinessRecord, "id" | "company_name" | "type" | "latitude" | "longitude">

const place = (lat: number | null, lon: number | null) => (lat === null || lon === null ? null : { lat, lon })

export const toTradeNeed = (need: NeedRow): TradeNeed => ({
  id: need.id,
  group: need.group_code,
  keywords: need.keywords ?? [],
  quantity: need.quantity,
  min_stars: need.min_stars,
  place: place(need.latitude, need.longitude),
  deadline: need.deadline,
  price_ceiling: need.price_ceiling,
})

/** Open offers of verified producers, with their products' certification read now. */
async function openOffers(container: MedusaContainer, filter: Record<string, unknown> = {}) {
  const trade = tradeService(container)
  const offers = await trade.listOffers({ status: "open", ...filter }, { take: null })
  const businesses = await verifiedBusinesses(
    container,
    offers.map((o) => o.business_id),
  )
  const products = await tradeProducts(
    container,
    offers.map((o) => o.product_id),
  )
  return offers
    .filter((o) => businesses.has(o.business_id) && products.has(o.product_id))
    .map((o) => {
      const business = businesses.get(o.business_id)!
      const offer: TradeOffer = {
        id: o.id,
        product: products.get(o.product_id)!,
        monthly_capacity: o.monthly_capacity,
        price_min: o.price_min,
        price_max: o.price_max,
        origin: place(business.latitude, business.longitude),
        delivery_radius_km: o.delivery_radius_km,
      }
      return { row: o, offer, business }
    })
}

async function verifiedBusinesses(container: MedusaContainer, ids: string[]): Promise<Map<string, BusinessRow>> {
  if (!ids.length) return new Map()
  const rows = await tradeService(container).listBusinesses(
    { id: [...new Set(ids)], status: "verified" },
    { take: null, select: ["id", "company_name", "type", "latitude", "longitude"] },
  )
  return new Map(rows.map((b) => [b.id, b]))
}

const party = (b: BusinessRow): MatchParty => ({ id: b.id, company_name: b.company_name, type: b.type })
const productView = (p: TradeOffer["product"] & { handle?: string }): MatchProductView => ({
  id: p.id,
  handle: p.handle ?? null,
  title: p.title,
  stars: p.stars,
  certificate_valid_until: p.certificate_valid_until,
})

/**
 * Suggestions for a business, computed from the current offers, needs and certificates on every
 * read (decision 011): a buyer sees each open need with the offers that fit it, a producer each
 * open offer with the needs it fits, best first, each with its score and reasons.
 */
export async function matchesFor(
  container: MedusaContainer,
  business: BusinessRecord,
  today = vietnamDate(),
): Promise<MatchesView> {
  const trade = tradeService(container)
  const [myNeeds, allOffers] = await Promise.all([
    trade.listNeeds({ business_id: business.id, status: "open" }, { take: null }),
    openOffers(container),
  ])
  const othersOffers = allOffers.filter((o) => o.business.id !== business.id)
  const offerById = new Map(othersOffers.map((o) => [o.offer.id, o]))
  const needs = myNeeds.map((need) => ({
    need: { id: need.id, title: need.title, deadline: need.deadline, quantity: need.quantity },
    offers: rankOffers(
      toTradeNeed(need),
      othersOffers.map((o) => o.offer),
      today,
    ).map(({ offer, match }) => {
      const found = offerById.get(offer.id)!
      return { offer_id: offer.id, product: productView(offer.product), producer: party(found.business), ...match }
    }),
  }))

  const myOffers = allOffers.filter((o) => o.business.id === business.id)
  let offers: MatchesView["offers"] = []
  if (myOffers.length) {
    const openNeeds = (await trade.listNeeds({ status: "open" }, { take: null })).filter(
      (n) => n.business_id !== business.id && n.deadline >= today,
    )
    const buyers = await verifiedBusinesses(
      container,
      openNeeds.map((n) => n.business_id),
    )
    const needRows = new Map(openNeeds.filter((n) => buyers.has(n.business_id)).map((n) => [n.id, n]))
    offers = myOffers.map(({ offer }) => ({
      offer: { id: offer.id, product: productView(offer.product) },
      needs: rankNeeds(offer, [...needRows.values()].map(toTradeNeed), today).map(({ need, match }) => {
        const row = needRows.get(need.id)!
        return {
          need_id: need.id,
          title: row.title,
          quantity: row.quantity,
          deadline: row.deadline,
          buyer: party(buyers.get(row.business_id)!),
          ...match,
        }
      }),
    }))
  }
  return { today, needs, offers }
}

export { openOffers }
