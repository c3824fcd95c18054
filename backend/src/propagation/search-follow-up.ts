import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CacheTags } from "@ocop/core/revalidation"
import { searchIndexCaughtUp } from "./search-index-caught-up"
import { storefrontRevalidation } from "./storefront-revalidation"

/**
 * Expires the storefront's "products" tag once more after the search index has followed a batch of
 * changes (decision 006). One waiter per process at a time: a registry run emits thousands of
 * product events, and each must not start its own polling loop; ids that arrive while a wait is
 * running are checked in the next one.
 */
const pending = new Set<string>()
let running = false

export function followSearchIndex(container: MedusaContainer, ids: string[]) {
  for (const id of ids) pending.add(id)
  if (!running) void drain(container)
}

async function drain(container: MedusaContainer) {
  running = true
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    // Let the events of one change arrive together before waiting on them.
    await new Promise((r) => setTimeout(r, 250))
    while (pending.size) {
      const ids = [...pending]
      pending.clear()
      const caughtUp = await searchIndexCaughtUp(container, ids)
      if (!caughtUp) logger.warn(`search index still behind for ${ids.length} product(s); expiring pages anyway`)
      storefrontRevalidation(logger).enqueue([CacheTags.products])
    }
  } catch (err) {
    pending.clear()
    logger.error(`waiting for the search index failed: ${(err as Error).message}`)
  } finally {
    running = false
  }
}
