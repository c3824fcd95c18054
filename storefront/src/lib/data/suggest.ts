import "server-only"
import { sdk } from "../medusa"
import { type SearchDocument, withOneRetry } from "./search"

export type Suggestion = { handle: string; title: string; stars: number }

const MAX_QUERY = 100

/**
 * The header's suggestions: the first few listed products for what has been typed so far, from
 * the same Search Module index as the catalogue (so only products for sale ever appear).
 */
export async function suggest(q: string, locale: string, take = 6): Promise<Suggestion[]> {
  // Control characters (NUL) are refused by the backend and mean nothing in a search.
  const query = q
    .replace(/\p{Cc}/gu, "")
    .trim()
    .slice(0, MAX_QUERY)
  if (query.length < 2) return []
  const { results } = await withOneRetry(() =>
    sdk.client.fetch<{ results: { hits: { document: SearchDocument }[] }[] }>("/store/search", {
      method: "POST",
      body: {
        entity: "product",
        filters: { q: query },
        search_options: { typo_tolerance: true, match_strategy: "last" },
        pagination: { take, skip: 0 },
      },
    }),
  )
  return results[0].hits.map(({ document: d }) => ({
    handle: d.handle,
    title: locale === "en" && d.title_en ? d.title_en : d.title,
    stars: d.stars,
  }))
}
