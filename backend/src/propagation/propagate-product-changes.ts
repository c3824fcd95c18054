import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { CacheTags } from "@ocop/core/revalidation"
import { meilisearchConfigured, rebuildMirror, syncMirror } from "@ocop/search"
import { CERTIFICATION_CHANGED_EVENT } from "@ocop/core"
import { storefrontRevalidation } from "./storefront-revalidation"

/**
 * `medusa exec` scripts (the CSV import command, a forced re-seed) run without subscribers, so
 * with the in-process event bus the events of their workflows reach nobody. This does what the
 * subscribers would have done for the products a script changed: brings the search index up to
 * date (and its Meilisearch mirror, when configured: a failure there is logged and left to the
 * mirror's rebuild, decision 008) and expires the storefront's cached pages. (With Redis, the worker
 * also gets the events; doing it twice is harmless.)
 */
export async function propagateProductChanges(container: MedusaContainer, productIds: string[]) {
  if (!productIds.length) return
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    await container.resolve(Modules.SEARCH).ingest({
      name: CERTIFICATION_CHANGED_EVENT,
      data: { product_ids: productIds },
    })
  } catch (err) {
    // Before the first server start the index has no version yet; that start seeds it whole.
    logger.warn(`search index not updated (${(err as Error).message}); it catches up when the server seeds it`)
  }
  if (meilisearchConfigured()) {
    const event = { name: CERTIFICATION_CHANGED_EVENT, data: { product_ids: productIds } }
    // A script's process ends after this: let the rebuild a failed write starts finish here.
    if (!(await syncMirror(container, event))) await rebuildMirror(container, "in_place")
  }
  const { data } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "product", fields: ["handle"], filters: { id: productIds } })
  const cache = storefrontRevalidation(logger)
  cache.enqueue([CacheTags.products, ...data.map((p: { handle: string }) => CacheTags.product(p.handle))])
  await cache.flush()
}
