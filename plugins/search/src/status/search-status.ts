import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { MEILISEARCH_INDEX, meilisearchConfigured, PRODUCT_INDEX } from "../search-mirror/config"
import { lastMirrorFailure, meilisearchServes } from "../search-mirror/health"

/** An index's state as the Search Module keeps it, or "missing" when it is not declared. */
export type SearchIndexState = "ready" | "building" | "error" | "pending" | "missing"

/** `GET /admin/search/status`. */
export type SearchStatus = {
  postgres: { index: string; provider: string | null; status: SearchIndexState }
  meilisearch:
    | { configured: false }
    | {
        configured: true
        index: string
        status: SearchIndexState
        /** Whether this process sends shoppers' searches to Meilisearch now. */
        serving: boolean
        /** The last Meilisearch failure this process has seen since the mirror was last rebuilt. */
        last_failure: { at: string; message: string } | null
      }
}

/**
 * The product index on PostgreSQL and, when configured, its Meilisearch mirror, for operators.
 * Index states come from the database (what every process sees); `serving` and `last_failure` are
 * this process's view, the same the /store/search routing decides by.
 */
export async function searchStatus(container: MedusaContainer): Promise<SearchStatus> {
  const indexes = await container.resolve(Modules.SEARCH).listIndexes()
  const index = (name: string) => indexes.find((i) => i.name === name)
  const product = index(PRODUCT_INDEX)
  const postgres = {
    index: PRODUCT_INDEX,
    provider: product?.provider ?? null,
    status: (product?.status ?? "missing") as SearchIndexState,
  }
  if (!meilisearchConfigured()) return { postgres, meilisearch: { configured: false } }
  const failure = lastMirrorFailure()
  return {
    postgres,
    meilisearch: {
      configured: true,
      index: MEILISEARCH_INDEX,
      status: (index(MEILISEARCH_INDEX)?.status ?? "missing") as SearchIndexState,
      serving: await meilisearchServes(container),
      last_failure: failure && { at: failure.at.toISOString(), message: failure.message },
    },
  }
}
