import "server-only"
import { CacheTags } from "@ocop/core/revalidation"
import type { CatalogueQuery } from "../catalogue-query"
import { sdk } from "../medusa"
import { MAX_AGE } from "./cache"

/** A product as the OCOP search index returns it (plugins/search/src/search/product.ts). */
export type SearchDocument = {
  id: string
  handle: string
  title: string
  title_en?: string
  subtitle?: string
  producer?: string
  thumbnail?: string
  stars: number
  certificate_number: string
  valid_until: string
  group?: string
  group_name?: string
  group_name_en?: string
  commune?: string
  commune_name?: string
  price?: number
}

export type FacetValue = { value: string; count: number }

export type { CatalogueQuery } from "../catalogue-query"

export const PAGE_SIZE = 24

export type CatalogueResult = {
  documents: SearchDocument[]
  count: number
  facets: { stars: FacetValue[]; group: FacetValue[]; commune_name: FacetValue[] }
}

type SearchResponse = {
  results: {
    hits: { id: string; document: SearchDocument }[]
    facets: Record<string, { values: FacetValue[] }>
    metadata: { count: number }
  }[]
}

const FACETS = [
  { field: "stars", limit: 10 },
  { field: "group", limit: 100 },
  { field: "commune_name", limit: 500 },
]

const ORDER: Record<NonNullable<CatalogueQuery["sort"]>, Record<string, "ASC" | "DESC"> | undefined> = {
  relevance: undefined,
  stars: { stars: "DESC" },
  price_asc: { price: "ASC" },
  price_desc: { price: "DESC" },
}

/**
 * Catalogue and search through Medusa's `POST /store/search`, which only ever returns listed
 * products of the storefront's sales channel. Vietnamese matching folds tones, products holding the
 * query's exact tones rank first, typos are tolerated when nothing matches as typed, and facets come
 * back computed by the server (docs/search.md). The backend picks the engine: Meilisearch while its
 * mirror is current, PostgreSQL otherwise.
 *
 * Free-text searches are not cached (the index follows listing changes through events; searches
 * cost milliseconds, docs/benchmarks.md). Pages cached whole (the home, facet pages) ask `cached`:
 * the result is kept under the catalogue's tag, which the backend expires when listing changes and
 * once more when the index has followed, so a result refilled a moment too early is dropped too.
 */
export async function searchCatalogue(
  query: CatalogueQuery,
  { facets = true, cached = false, take = PAGE_SIZE }: { facets?: boolean; cached?: boolean; take?: number } = {},
): Promise<CatalogueResult> {
  const filters: Record<string, unknown> = { q: query.q?.trim() ?? "" }
  if (query.stars?.length) filters.stars = { $in: query.stars }
  if (query.group?.length) filters.group = { $in: query.group }
  if (query.commune?.length) filters.commune_name = { $in: query.commune }
  const page = Math.max(1, query.page ?? 1)
  const sort = query.sort ?? (filters.q ? "relevance" : "stars")
  const { results } = await withOneRetry(() =>
    sdk.client.fetch<SearchResponse>("/store/search", {
      method: "POST",
      body: {
        entity: "product",
        filters,
        search_options: {
          typo_tolerance: true,
          match_strategy: "last",
          // Every value of every facet (a province has dozens of communes), each counted without
          // its own facet's filter, so that a shopper can switch 4★ to 5★ or pick two communes:
          // one more query per facet, asked only by pages that show the counts.
          ...(facets ? { facets: FACETS, disjunctive_facets: true } : {}),
        },
        pagination: { take, skip: (page - 1) * take, ...(ORDER[sort] ? { order: ORDER[sort] } : {}) },
      },
      ...(cached ? { cache: "force-cache", next: { tags: [CacheTags.products], revalidate: MAX_AGE } } : {}),
    }),
  )
  const [result] = results
  const facet = (name: string) => result.facets?.[name]?.values ?? []
  return {
    documents: result.hits.map((h) => h.document),
    count: result.metadata.count,
    facets: { stars: facet("stars"), group: facet("group"), commune_name: facet("commune_name") },
  }
}

/**
 * A search that Meilisearch failed (decision 008) answers 5xx once; the backend then serves the next
 * ones from PostgreSQL, so one retry spares the shopper the error. Client errors are not retried.
 */
export async function withOneRetry<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call()
  } catch (err) {
    const status = (err as { status?: number }).status
    if (status !== undefined && status < 500) throw err
    return await call()
  }
}
