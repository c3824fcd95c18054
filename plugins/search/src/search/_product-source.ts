import { graphConsume, graphSeed, search } from "@medusajs/framework/utils"
import type { SearchTypes } from "@medusajs/framework/types"
import {
  CERTIFICATION_CHANGED_EVENT,
  foldVietnamese,
  shownCertificate,
  toneWords,
  type StoreOcopFacts,
} from "@ocop/core"
import { TONES_FIELD } from "../providers/search-vietnamese/tones"

/**
 * What the shop's product search indexes hold (PostgreSQL: product.ts; Meilisearch:
 * product-meilisearch.ts): only listed products (a published product is a listed one, decision 004),
 * with the OCOP facts shoppers filter and sort by. The leading "_" keeps Medusa from loading this
 * file as an index of its own.
 */
export const productSearchFields: SearchTypes.SearchIndexFieldsInput = search.define({
  id: search.keyword().filterable().retrievable(),
  handle: search.keyword().filterable().retrievable(),
  // The Vietnamese configuration folds tones for matching ("me xung" finds "mè xửng").
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
  // Title and producer with their marks folded. Matching folds marks already (the tsvector); this
  // puts the folded words into the text that typo tolerance compares, so "nuoc mamm", misspelt and
  // typed without marks as most phones type, still finds "Nước mắm" (the provider's fallback).
  folded: search.text().searchable({ weight: 1 }).retrievable(false),
  // The Vietnamese words of the text with their marks: the provider ranks a product holding the
  // query's words as typed ("mè") above one that only matches them folded ("me", "mẹ").
  [TONES_FIELD]: search.keyword().array().retrievable(false),
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

// `certificates` and `subject` are the OCOP plugin's links to the product, read by their field
// names through `query.graph`: this plugin needs no code of the OCOP plugin, only its links loaded.
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
      folded: foldVietnamese([r.title, r.subject?.name].join(" ")),
      [TONES_FIELD]: toneWords([r.title, r.subtitle, r.subject?.name, r.description].join(" ")),
    }
  })
}

const source = { fields, transform: toDocuments as never }

/** Product events carry `id`; the OCOP plugin's events carry `product_id` or `product_ids`. */
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

/** The events that change what a product's document holds, or whether it has one. */
export const PRODUCT_INDEX_EVENTS = [
  "product.created",
  "product.updated",
  "product.deleted",
  // One event per OCOP run with every product whose stars, validity or listing changed
  // (status changes also arrive as product.updated).
  CERTIFICATION_CHANGED_EVENT,
]

export const consumeProducts = inChunks(graphConsume({ ...source, resolve_ids: productIds }))
export const seedProducts = graphSeed(source)
