import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules, ProductStatus } from "@medusajs/framework/utils"

/** A registry run can touch thousands of products; a sample tells as well whether the index followed. */
const SAMPLE = 200

/**
 * Resolves true once the product search index agrees with the database for these products (a
 * listed product is in it, an unlisted one is not), false after `timeoutMs`. Pages built from search
 * results (home, catalogue) must not be refilled before then: the index follows the same events as
 * the storefront cache, a moment later, and the Search Module gives no signal of its own.
 */
export async function searchIndexCaughtUp(
  container: MedusaContainer,
  productIds: string[],
  { timeoutMs = 20_000, intervalMs = 250 } = {},
): Promise<boolean> {
  const ids = productIds.slice(0, SAMPLE)
  if (!ids.length) return true
  const listed = new Set(
    (
      await container
        .resolve(Modules.PRODUCT)
        .listProducts({ id: ids, status: ProductStatus.PUBLISHED }, { select: ["id"], take: ids.length })
    ).map((p) => p.id),
  )
  const search = container.resolve(Modules.SEARCH)
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const { hits } = await search.search({
      entity: "product",
      filters: { id: { $in: ids } },
      pagination: { take: ids.length },
    })
    const indexed = new Set(hits.map((h: { id: string }) => h.id))
    if (ids.every((id) => listed.has(id) === indexed.has(id))) return true
    if (Date.now() > deadline) return false
    await new Promise((r) => setTimeout(r, intervalMs))
  }
}
