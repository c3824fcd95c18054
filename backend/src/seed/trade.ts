import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCustomersWorkflow } from "@medusajs/medusa/core-flows"
import { vietnamDate } from "@ocop/core"
import fs from "node:fs"
import path from "node:path"
import { tradeService } from "../access/trade"
import { cancelAgreementWorkflow } from "../workflows/trade/agreements/cancel-agreement"
import { confirmDeliveryWorkflow } from "../workflows/trade/agreements/confirm-delivery"
import { createAgreementWorkflow } from "../workflows/trade/agreements/create-agreement"
import { recordDeliveryWorkflow } from "../workflows/trade/agreements/record-delivery"
import { signAgreementWorkflow } from "../workflows/trade/agreements/sign-agreement"
import { reviewBusinessWorkflow } from "../workflows/trade/business/review-business"
import { saveBusinessProfileWorkflow } from "../workflows/trade/business/save-business-profile"
import type { BusinessProfileInput } from "../workflows/trade/business/types"
import { saveExhibitorWorkflow } from "../workflows/trade/events/save-exhibitor"
import { saveTradeEventWorkflow } from "../workflows/trade/events/save-trade-event"
import type { TradeEventInput } from "../workflows/trade/events/types"
import { saveNeedWorkflow } from "../workflows/trade/offers-needs/save-need"
import { saveOfferWorkflow } from "../workflows/trade/offers-needs/save-offer"
import { saveSalesPointWorkflow } from "../workflows/trade/sales-points/save-sales-point"
import type { Dataset } from "./dataset-types"

type DemoBusiness = Omit<BusinessProfileInput, "company_name"> & {
  key: string
  email: string
  company_name?: string
  producer?: string
}
type DemoEvent = Omit<TradeEventInput, "starts_on" | "ends_on"> & {
  starts_on?: string
  ends_on?: string
  starts_in_days?: number
  days?: number
  exhibitors: { producer: string; booth: string; products: string[] }[]
}
type DemoTrade = {
  businesses: DemoBusiness[]
  events: DemoEvent[]
  offers: { business: string; product: string; [field: string]: unknown }[]
  needs: { business: string; deadline_in_days: number; [field: string]: unknown }[]
  agreements: {
    kind: "mou" | "contract"
    buyer: string
    seller: string
    event: string | null
    lines: { product: string; quantity: number; unit_price: number }[]
    term_start: string
    term_end: string
    sign: boolean
    cancel?: boolean
    deliveries?: { delivered_on: string; quantity: number; value: number; note: string }[]
  }[]
}

const daysFromToday = (days: number) => vietnamDate(new Date(Date.now() + days * 86_400_000))

/** The seed's sales points as OCOP sales points on their stock locations (found or created). */
export async function ensureSalesPoints(container: MedusaContainer, data: Dataset, locationIds: string[]) {
  const trade = tradeService(container)
  for (const [i, point] of data.salesPoints.entries()) {
    const [existing] = await trade.listSalesPoints({ key: point.key })
    if (existing) continue
    await saveSalesPointWorkflow(container).run({
      input: {
        point: {
          stock_location_id: locationIds[i],
          key: point.key,
          type: point.type ?? "other",
          commune_code: point.commune_code,
          latitude: point.latitude ?? null,
          longitude: point.longitude ?? null,
          opening_hours: point.opening_hours ?? null,
          operator: point.operator ?? null,
          tours: point.tours ?? [],
          name_en: point.name_en ?? null,
          address_en: point.address_en ?? null,
          opening_hours_en: point.opening_hours_en ?? null,
          operator_en: point.operator_en ?? null,
          tours_en: point.tours_en ?? null,
        },
      },
    })
  }
}

/**
 * The trade demo (seed/data/trade.json): businesses with accounts, a past fair and an upcoming
 * conference with exhibitors, needs and offers, and agreements in different states, all written
 * through the portal's and the admin's workflows. Runs once: skipped when any demo business exists.
 */
export async function ensureTradeDemo(container: MedusaContainer, dir: string): Promise<boolean> {
  const file = path.join(dir, "trade.json")
  if (!fs.existsSync(file)) return false
  const demo = JSON.parse(fs.readFileSync(file, "utf8")) as DemoTrade
  const trade = tradeService(container)
  if ((await trade.listBusinesses({ tax_code: demo.businesses.map((b) => b.tax_code) })).length) return false

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: subjects }, { data: products }] = await Promise.all([
    query.graph({ entity: "subject", fields: ["id", "key", "name"] }),
    query.graph({ entity: "product", fields: ["id", "handle"] }),
  ])
  const subjectByKey = new Map((subjects as { id: string; key: string; name: string }[]).map((s) => [s.key, s]))
  const productId = (handle: string) => {
    const found = (products as { id: string; handle: string }[]).find((p) => p.handle === handle)
    if (!found) throw new Error(`trade.json: no product ${handle}`)
    return found.id
  }
  const subject = (key: string) => {
    const found = subjectByKey.get(key)
    if (!found) throw new Error(`trade.json: no producer ${key}`)
    return found
  }

  const businessId = new Map<string, string>()
  for (const b of demo.businesses) {
    const { key, email, producer, ...profile } = b
    const { result: customers } = await createCustomersWorkflow(container).run({
      input: { customersData: [{ email, company_name: profile.company_name ?? subject(producer!).name }] },
    })
    const { result } = await saveBusinessProfileWorkflow(container).run({
      input: {
        customer_id: customers[0].id,
        profile: { ...profile, company_name: profile.company_name ?? `${subject(producer!).name} (tài khoản mẫu)` },
        // Demo accounts join as a real business does: under the operating rules, if seeded already.
        accept_operating_rules: true,
      },
    })
    await reviewBusinessWorkflow(container).run({
      input: {
        id: result.id,
        status: "verified",
        subject_id: producer ? subject(producer).id : null,
        official_id: "seed",
      },
    })
    businessId.set(key, result.id)
  }

  const eventId = new Map<string, string>()
  for (const e of demo.events) {
    const { exhibitors, starts_in_days, days, ...event } = e
    const starts_on = event.starts_on ?? daysFromToday(starts_in_days ?? 0)
    const ends_on = event.ends_on ?? daysFromToday((starts_in_days ?? 0) + (days ?? 1) - 1)
    const { result } = await saveTradeEventWorkflow(container).run({
      input: { event: { ...event, starts_on, ends_on } },
    })
    eventId.set(e.handle, result.id)
    for (const x of exhibitors)
      await saveExhibitorWorkflow(container).run({
        input: {
          event_id: result.id,
          exhibitor: { subject_id: subject(x.producer).id, booth: x.booth, product_ids: x.products.map(productId) },
        },
      })
  }

  for (const { business, product, ...offer } of demo.offers)
    await saveOfferWorkflow(container).run({
      input: {
        business_id: businessId.get(business)!,
        offer: { ...(offer as object), product_id: productId(product) } as never,
      },
    })
  for (const { business, deadline_in_days, ...need } of demo.needs)
    await saveNeedWorkflow(container).run({
      input: {
        business_id: businessId.get(business)!,
        need: { ...(need as object), deadline: daysFromToday(deadline_in_days) } as never,
      },
    })

  for (const a of demo.agreements) {
    const buyer = businessId.get(a.buyer)!
    const seller = businessId.get(a.seller)!
    const { result } = await createAgreementWorkflow(container).run({
      input: {
        business_id: buyer,
        agreement: {
          kind: a.kind,
          counterpart_id: seller,
          event_id: a.event ? eventId.get(a.event)! : null,
          lines: a.lines.map((l) => ({
            product_id: productId(l.product),
            quantity: l.quantity,
            unit_price: l.unit_price,
          })),
          term_start: a.term_start,
          term_end: a.term_end,
        },
      },
    })
    if (a.sign)
      for (const party of [buyer, seller])
        await signAgreementWorkflow(container).run({ input: { business_id: party, id: result.id } })
    // The producer records each demo delivery and the buyer confirms it, so it counts.
    for (const d of a.deliveries ?? []) {
      const { result: delivery } = await recordDeliveryWorkflow(container).run({
        input: { business_id: seller, recorded_by: seller, id: result.id, delivery: d },
      })
      await confirmDeliveryWorkflow(container).run({
        input: { id: result.id, delivery_id: delivery.id, answer: "confirm", business_id: buyer, by: buyer },
      })
    }
    if (a.cancel) await cancelAgreementWorkflow(container).run({ input: { id: result.id } })
  }
  return true
}
