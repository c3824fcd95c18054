import { defineSearchIndex, graphConsume, graphSeed, search } from "@medusajs/framework/utils"
import type { SearchTypes } from "@medusajs/framework/types"
import { shownCertificate, type StoreOcopFacts } from "@ocop/core"
import { CERTIFICATION_CHANGED_EVENT } from "../workflows/certificates/events"

/**
 * The shop's product search index: only listed products (a published product is a listed one,
 * decision 004), with the OCOP facts shoppers filter and sort by. Shoppers reach it through
 * `POST /store/search`, which adds the status and sales-channel filters; `query.search` does not.
 */
const productSearchFields = search.define({
  id: search.keyword().filterable().retrievable(),
  handle: search.keyword().filterable().retrievable(),
  // The Vietnamese configuration folds tones for matching; the raw text is what ranks an exact
  // tone above a folded one (word similarity over the unfolded text, with typo tolerance on).
  title: search.text().searchable({ weight: 3 }).retrievable(),
  title_en: search.text().searchable({ weight: 2 }).retrievable(),
  subtitle: search.text().searchable({ weight: 2 }).retrievable(),
  description: search.text().searchable().retrievable(false),
  producer: search.text().searchable({ weight: 2 }).retrievable(),
  thumbnail: search.keyword().retrievable(),
  status: search.keyword().filterable().retrievable(false),
  sales_channel_ids: search.keyword().array().filterable().retrievable(false),
  stars: search
    .integer()
    .filterable()
    .facetable({ types: ["value"] })
    .sortable()
    .retrievable(),
  certificate_number: search.keyword().searchable().filterable().retrievable(),
  valid_until: search.keyword().retrievable(),
  group: search.keyword().filterable().facetable().retrievable(),
  group_name: search.keyword().retrievable(),
  group_name_en: search.keyword().retrievable(),
  commune: search.keyword().filterable().facetable().retrievable(),
  // Commune names are proper names, the same in both languages: the storefront facets on them.
  commune_name: search.keyword().filterable().facetable().retrievable(),
  price: search.integer().filterable().sortable().retrievable(),
})

type Row = StoreOcopFacts & {
  id: string
  handle: string
  title: string
  subtitle: string | null
  description: string | null
  thumbnail: string | null
  status: string
  sales_channels?: { id: string }[]
  categories?: { name: string; metadata: { ocop_code?: string; name_en?: string } | null }[]
  variants?: { prices?: { amount: number; currency_code: string }[] }[]
  subject?: (StoreOcopFacts["subject"] & object) | null
}

const fields = [
  "id",
  "handle",
  "title",
  "subtitle",
  "description",
  "thumbnail",
  "status",
  "sales_channels.id",
  "categories.name",
  "categories.metadata",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "certificates.number",
  "certificates.stars",
  "certificates.status",
  "certificates.valid_until",
  "subject.name",
  "subject.commune.code",
  "subject.commune.name",
]

async function toDocuments(rows: Row[], context: SearchTypes.SearchIngestionContext) {
  const listed = rows.filter((r) => r.status === "published" && shownCertificate(r.certificates))
  if (!listed.length) return []
  // English titles come from Medusa's translation module, read for the whole page at once.
  const { data: english } = await context.container.query.graph(
    { entity: "product", fields: ["id", "title"], filters: { id: listed.map((r) => r.id) } },
    { locale: "en-US" },
  )
  const titleEn = new Map(english.map((p: { id: string; title: string }) => [p.id, p.title]))
  return listed.map((r) => {
    const certificate = shownCertificate(r.certificates)!
    const group = r.categories?.find((c) => c.metadata?.ocop_code)
    const prices = (r.variants ?? []).flatMap((v) => v.prices ?? []).filter((p) => p.currency_code === "vnd")
    const english = titleEn.get(r.id)
    return {
      id: r.id,
      handle: r.handle,
      title: r.title,
      title_en: english && english !== r.title ? english : undefined,
      subtitle: r.subtitle ?? undefined,
      description: r.description ?? undefined,
      producer: r.subject?.name,
      thumbnail: r.thumbnail ?? undefined,
      status: r.status,
      sales_channel_ids: (r.sales_channels ?? []).map((s) => s.id),
      stars: certificate.stars,
      certificate_number: certificate.number,
      valid_until: certificate.valid_until,
      group: group?.metadata?.ocop_code,
      group_name: group?.name,
      group_name_en: group?.metadata?.name_en,
      commune: r.subject?.commune?.code,
      commune_name: r.subject?.commune?.name,
      price: prices.length ? Math.min(...prices.map((p) => Number(p.amount))) : undefined,
    }
  })
}

const source = { fields, transform: toDocuments as never }

/** Product events carry `id`; the plugin's own events carry `product_id` or `product_ids`. */
function productIds(event: { data: Record<string, unknown> }): string[] {
  const d = event.data
  const ids = d.product_ids ?? d.product_id ?? d.id
  return (Array.isArray(ids) ? ids : ids ? [ids] : []) as string[]
}

type Consume = ReturnType<typeof graphConsume>

/** A registry run names thousands of products in one event: read them back 500 at a time. */
function inChunks(consume: Consume, size = 500): Consume {
  return async (event, context) => {
    const ids = productIds(event)
    if (ids.length <= size) return consume(event, context)
    const mutations = []
    for (let i = 0; i < ids.length; i += size) {
      const data = { ...event.data, id: undefined, product_id: undefined, product_ids: ids.slice(i, i + size) }
      mutations.push(...(await consume({ ...event, data }, context)))
    }
    return mutations
  }
}

export default defineSearchIndex({
  name: "product",
  entity: "product",
  fields: productSearchFields,
  events: [
    "product.created",
    "product.updated",
    "product.deleted",
    // One event per OCOP run with every product whose stars, validity or listing changed
    // (status changes also arrive as product.updated).
    CERTIFICATION_CHANGED_EVENT,
  ],
  consume: inChunks(graphConsume({ ...source, resolve_ids: productIds })),
  seed: graphSeed(source),
})
