import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { CertificateStatus, ListingDecision, TraceJourneyStep, TraceLotTest, TraceView } from "@ocop/core"
import { readListing } from "@ocop/plugin"
import { salesPointsStocking } from "../read-models/trade/sales-points"
import { TRACEABILITY_MODULE } from "../modules/traceability/name"
import type TraceabilityModuleService from "../modules/traceability/service"

/** What a scan needs to know about a product, read once and cached (see `trace-cache.ts`). */
export type ProductFacts = {
  id: string
  handle: string
  title: string
  title_en: string | null
  thumbnail: string | null
  /** The GTIN-14 on the product's labels, or null for the `/p/{handle}` fallback. */
  gtin: string | null
  certificates: {
    number: string
    stars: number
    status: CertificateStatus
    decision_date: string
    decision_number: string
    authority: string
    valid_from: string
    valid_until: string
    status_decision_number: string | null
    status_decision_date: string | null
  }[]
  listing: ListingDecision
  listed: boolean
  /** Each variant's GTIN-14 (null for a variant without one): a lot's codes carry its own variant's. */
  variantGtins: Record<string, string | null>
  producer: TraceView["producer"]
  sales_points: TraceView["sales_points"]
}

/** The lot as a scan shows it, with what the resolver needs to find it and its journey. */
export type LotFacts = NonNullable<TraceView["lot"]> & {
  id: string
  product_id: string
  variant_id: string | null
  journey: TraceJourneyStep[]
}

const CERTIFICATE_FIELDS = [
  "number",
  "stars",
  "status",
  "decision_date",
  "decision_number",
  "authority",
  "valid_from",
  "valid_until",
  "status_decision_number",
  "status_decision_date",
] as const

/** The stored forms a GTIN-14 may have been typed in (EAN-13, UPC-12, EAN-8 drop leading zeros). */
function gtinForms(gtin14: string): string[] {
  const forms = [gtin14]
  for (const length of [13, 12, 8]) if (/^0+$/.test(gtin14.slice(0, 14 - length))) forms.push(gtin14.slice(14 - length))
  return forms
}

/** The product carrying a GTIN on one of its variants (EAN, UPC or barcode), or null. */
export async function productIdByGtin(container: MedusaContainer, gtin14: string): Promise<string | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const forms = gtinForms(gtin14)
  for (const field of ["ean", "upc", "barcode"] as const) {
    const { data } = await query.graph({
      entity: "product_variant",
      fields: ["product_id"],
      filters: { [field]: forms },
      pagination: { take: 1 },
    })
    if (data[0]?.product_id) return data[0].product_id as string
  }
  return null
}

export async function productIdByHandle(container: MedusaContainer, handle: string): Promise<string | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id"], filters: { handle } })
  return (data[0]?.id as string) ?? null
}

type Row = {
  id: string
  handle: string
  title: string
  thumbnail: string | null
  variants?: { id: string; ean: string | null; upc: string | null; barcode: string | null }[]
  subject?: { key: string; name: string; commune?: { name: string; parent_code: string | null } | null } | null
}
type Certificate = ProductFacts["certificates"][number]

/** Everything a scan shows about a product, in two reads and the listing check; null for an unknown id. */
export async function loadProductFacts(container: MedusaContainer, productId: string): Promise<ProductFacts | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [live, { data: english }] = await Promise.all([
    readListing<Row, Certificate>(container, productId, {
      product: [
        "handle",
        "title",
        "thumbnail",
        "variants.id",
        "variants.ean",
        "variants.upc",
        "variants.barcode",
        "subject.key",
        "subject.name",
        "subject.commune.name",
        "subject.commune.parent_code",
      ],
      certificate: CERTIFICATE_FIELDS,
    }),
    query.graph({ entity: "product", fields: ["id", "title"], filters: { id: productId } }, { locale: "en-US" }),
  ])
  if (!live) return null
  const row = live.product
  const { certificates, decision: listing, listed } = live
  const titleEn = (english[0] as { title?: string } | undefined)?.title
  const gtinOf = (v: NonNullable<Row["variants"]>[number]) => {
    const g = [v.ean, v.upc, v.barcode].find((c) => c && /^\d{8,14}$/.test(c))
    return g ? g.padStart(14, "0") : null
  }
  const variantGtins = Object.fromEntries((row.variants ?? []).map((v) => [v.id, gtinOf(v)]))
  const gtin = Object.values(variantGtins).find(Boolean) ?? null
  return {
    id: row.id,
    handle: row.handle,
    title: row.title,
    title_en: titleEn && titleEn !== row.title ? titleEn : null,
    thumbnail: row.thumbnail,
    gtin,
    variantGtins,
    certificates,
    listing,
    listed,
    producer: row.subject
      ? {
          key: row.subject.key,
          name: row.subject.name,
          address: await communeAddress(container, row.subject.commune ?? null),
        }
      : null,
    sales_points: listed ? await salesPoints(container, row.id) : [],
  }
}

async function communeAddress(
  container: MedusaContainer,
  commune: { name: string; parent_code: string | null } | null,
): Promise<string | null> {
  if (!commune) return null
  if (!commune.parent_code) return commune.name
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "admin_unit", fields: ["name"], filters: { code: commune.parent_code } })
  return [commune.name, (data[0] as { name?: string } | undefined)?.name].filter(Boolean).join(", ")
}

/** Sales points holding the product now, as the product page's "where to buy" lists them. */
async function salesPoints(container: MedusaContainer, productId: string): Promise<ProductFacts["sales_points"]> {
  const stocked = (await salesPointsStocking(container, productId)) ?? []
  return stocked.map((p) => ({
    id: p.id,
    key: p.key,
    name: p.name,
    address: p.address,
    latitude: p.latitude,
    longitude: p.longitude,
    opening_hours: p.opening_hours,
    available_quantity: p.available_quantity,
  }))
}

/**
 * A product's certificates and listing read now, not from the cache: the scan page shows a
 * revocation the moment it is decided, whatever a resolver's cache holds.
 */
export async function liveCertification(
  container: MedusaContainer,
  productId: string,
): Promise<Pick<ProductFacts, "certificates" | "listing" | "listed">> {
  const live = await readListing<unknown, Certificate>(container, productId, { certificate: CERTIFICATE_FIELDS })
  if (!live) return { certificates: [], listing: { listed: false, reason: "no_certificate" }, listed: false }
  return { certificates: live.certificates, listing: live.decision, listed: live.listed }
}

/** A lot of a product by its printed code, with its journey in time order; null if unregistered. */
export async function loadLotFacts(
  container: MedusaContainer,
  productId: string,
  code: string,
): Promise<LotFacts | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "lot",
    filters: { product_id: productId, code },
    fields: [
      "id",
      "product_id",
      "variant_id",
      "code",
      "produced_on",
      "expires_on",
      "quantity",
      "origin",
      "tests",
      "events.type",
      "events.occurred_at",
      "events.place",
      "events.actor",
    ],
  })
  const lot = data[0] as
    | (Omit<LotFacts, "journey" | "tests"> & {
        tests: TraceLotTest[] | null
        events?: { type: TraceJourneyStep["type"]; occurred_at: string | Date; place: string; actor: string }[]
      })
    | undefined
  if (!lot) return null
  const journey = (lot.events ?? [])
    .map((e) => ({ type: e.type, occurred_at: new Date(e.occurred_at).toISOString(), place: e.place, actor: e.actor }))
    .sort((a, b) => a.occurred_at.localeCompare(b.occurred_at))
  return {
    id: lot.id,
    product_id: lot.product_id,
    variant_id: lot.variant_id ?? null,
    code: lot.code,
    produced_on: lot.produced_on,
    expires_on: lot.expires_on,
    quantity: lot.quantity,
    origin: lot.origin,
    tests: lot.tests ?? [],
    journey,
  }
}

/** A serial's id in a lot, or null when it was never issued. */
export async function serialId(container: MedusaContainer, lotId: string, serial: string): Promise<string | null> {
  const service: TraceabilityModuleService = container.resolve(TRACEABILITY_MODULE)
  const [row] = await service.listSerials({ lot_id: lotId, serial }, { select: ["id"], take: 1 })
  return row?.id ?? null
}
