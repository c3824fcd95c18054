import type { MedusaContainer, SearchTypes } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { describeMeiliError, meiliClient } from "../providers/meilisearch/client"
import { consumeProducts } from "../search/_product-source"
import { MEILISEARCH_INDEX } from "./config"
import { mirrorIndexStatus, reportMirrorFailure } from "./health"
import { rebuildMirror } from "./rebuild"

type Event = { name: string; data: Record<string, unknown> }

/**
 * Applies one product event to the Meilisearch mirror, as the Search Module applies it to the
 * PostgreSQL index (same `consume`: listed products upserted, the others deleted), and waits until
 * Meilisearch has applied it. Any failure is caught here: it is logged, remembered for the routing
 * and turned into a rebuild, which marks the mirror stale for every process. Nothing propagates to
 * the event bus, the PostgreSQL index or the request that caused the event.
 */
export async function syncMirror(container: MedusaContainer, event: Event): Promise<boolean> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    // Never built yet (before the first server start, or Meilisearch down since): its first build
    // reads everything from the database, there is nothing to keep current.
    if (["pending", "missing"].includes(await mirrorIndexStatus(container))) return true
    const search = container.resolve(Modules.SEARCH)
    const context = {
      container: { query: container.resolve(ContainerRegistrationKeys.QUERY), logger },
      index: search.getIndex(MEILISEARCH_INDEX),
    } as unknown as SearchTypes.SearchIngestionContext
    const mutations = await consumeProducts(event as never, context)
    for (const mutation of mutations) {
      const task =
        mutation.action === "upsert"
          ? mutation.documents.length
            ? await search.upsertDocuments({ index: MEILISEARCH_INDEX, documents: mutation.documents })
            : undefined
          : await search.deleteDocuments({ index: MEILISEARCH_INDEX, filters: mutation.filters })
      if (task) await applied(task)
    }
    return true
  } catch (err) {
    reportMirrorFailure(err)
    logger.error(
      `[meilisearch] ${event.name} not mirrored: ${describeMeiliError(err)}. ` +
        "Searches use PostgreSQL until the mirror is rebuilt.",
    )
    void rebuildMirror(container, "in_place")
    return false
  }
}

/** The Search Module hands back Meilisearch's task without waiting for it; the mirror must know. */
async function applied(task: SearchTypes.SearchTask) {
  if (task.status === "succeeded" || !task.id) return
  const client = meiliClient({
    host: process.env.MEILISEARCH_HOST!,
    api_key: process.env.MEILISEARCH_API_KEY,
    timeout_ms: Number(process.env.MEILISEARCH_TIMEOUT_MS) || 5_000,
  })
  const state = await client.tasks.waitForTask(Number(task.id))
  if (state.status !== "succeeded" && state.error?.code !== "index_not_found") {
    throw new Error(`Meilisearch task ${task.id} ${state.status}: ${state.error?.message ?? ""}`)
  }
}
