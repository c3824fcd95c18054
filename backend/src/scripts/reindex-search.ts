import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"

export type ReindexReport = { index: string; documents: number | null; seconds: number; error?: string }

/**
 * Rebuilds every search index from the database: `npm run reindex` (root) or
 * `npx medusa exec ./src/scripts/reindex-search.ts [index…]` here.
 *
 * Each index is built into a new version and swapped in when complete (Medusa's `reindex`), so
 * the shop keeps answering from the old one meanwhile and only what the index's own rule admits —
 * listed products — ends up in it, whatever the old one held. This also builds an index that was
 * migrated but never seeded (no server has started on this database yet). Prints the document
 * count of each index against the number of published (listed, decision 004) products.
 */
export default async function reindexSearch({ container, args = [] }: ExecArgs): Promise<ReindexReport[]> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const search = container.resolve(Modules.SEARCH)
  const known = (await search.listIndexes()).map((i) => i.name)
  const wanted = args.filter((a) => !a.startsWith("--"))
  const unknown = wanted.filter((name) => !known.includes(name))
  if (unknown.length) throw new Error(`unknown search index ${unknown.join(", ")}; known: ${known.join(", ")}`)

  const listed = await countListedProducts(container)
  const reports: ReindexReport[] = []
  for (const index of wanted.length ? wanted : known) {
    const started = Date.now()
    try {
      await search.reindex({ index })
      reports.push({ index, documents: await countDocuments(container, index), seconds: elapsed(started) })
    } catch (err) {
      const message = (err as Error).message
      reports.push({ index, documents: null, seconds: elapsed(started), error: message })
    }
  }
  for (const r of reports) {
    if (r.error) logger.error(`reindex ${r.index}: failed after ${r.seconds} s: ${r.error}`)
    else logger.info(`reindex ${r.index}: ${r.documents} documents in ${r.seconds} s (listed products: ${listed})`)
  }
  // The mirror engine (Meilisearch) failing is reported, not fatal: the shop searches PostgreSQL.
  const primary = reports.find((r) => r.index === "product")
  if (primary?.error) throw new Error(`the product index was not rebuilt: ${primary.error}`)
  return reports
}

async function countDocuments(container: MedusaContainer, index: string) {
  const result = await container.resolve(Modules.SEARCH).search({
    entity: index,
    filters: {},
    pagination: { take: 0 },
    search_options: { count: "exact" },
  })
  return result.metadata.count ?? null
}

async function countListedProducts(container: MedusaContainer) {
  const [, count] = await container
    .resolve(Modules.PRODUCT)
    .listAndCountProducts({ status: ProductStatus.PUBLISHED }, { take: 1, select: ["id"] })
  return count
}

const elapsed = (since: number) => Math.round((Date.now() - since) / 100) / 10
