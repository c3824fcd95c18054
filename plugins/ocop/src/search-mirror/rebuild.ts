import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { MEILISEARCH_INDEX } from "./config"
import { clearMirrorFailure, reportMirrorFailure } from "./health"

let running: Promise<boolean> | null = null

/**
 * Rebuilds the Meilisearch mirror from the database; one run at a time per process.
 *
 * `in_place` is what a missed write asks for: the active version is marked "building" at once, so
 * searches move to PostgreSQL, and "error" if Meilisearch is still failing (the status every
 * process reads). `swap` builds a new version and makes it active when complete: the scheduled
 * recovery, and the first build of a mirror that never had one. Never throws: the outcome is
 * logged and left in the index status.
 */
export function rebuildMirror(container: MedusaContainer, strategy: "in_place" | "swap"): Promise<boolean> {
  running ??= run(container, strategy).finally(() => {
    running = null
  })
  return running
}

async function run(container: MedusaContainer, strategy: "in_place" | "swap") {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    await container.resolve(Modules.SEARCH).reindex({ index: MEILISEARCH_INDEX, strategy })
    clearMirrorFailure()
    logger.info(`[meilisearch] mirror rebuilt (${strategy}); searches use Meilisearch again`)
    return true
  } catch (err) {
    reportMirrorFailure(err)
    logger.error(`[meilisearch] mirror rebuild (${strategy}) failed: ${(err as Error).message}`)
    return false
  }
}
