import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { MEILISEARCH_INDEX, meilisearchConfigured } from "./config"
import { describeMeiliError } from "../providers/meilisearch/client"
import { clearMirrorFailure, mirrorIndexStatus, reportMirrorFailure } from "./health"
import { meilisearchHealth } from "../status/meilisearch-health"

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
    logger.error(`[meilisearch] mirror rebuild (${strategy}) failed: ${describeMeiliError(err)}`)
    return false
  }
}

export type MirrorRecovery =
  { outcome: "not_configured" | "ready" | "rebuilt" | "failed" } | { outcome: "unreachable"; reason: string }

/**
 * Brings the Meilisearch mirror back after an outage: while its index is anything but "ready"
 * (never built, a missed write, a failed rebuild, or "building" left behind by a process that
 * stopped mid-rebuild), rebuilds it whole from the database. Searches stay on PostgreSQL meanwhile.
 * A rebuild already running here is joined, one elsewhere waits on the Search Module's lock.
 * While Meilisearch does not answer its health check nothing is built: each attempt would only
 * leave one more failed index version. Does nothing without MEILISEARCH_HOST.
 */
export async function recoverMirror(container: MedusaContainer): Promise<MirrorRecovery> {
  if (!meilisearchConfigured()) return { outcome: "not_configured" }
  if ((await mirrorIndexStatus(container)) === "ready") return { outcome: "ready" }
  const health = await meilisearchHealth()
  if (!health.reachable) return { outcome: "unreachable", reason: health.reason }
  return { outcome: (await rebuildMirror(container, "swap")) ? "rebuilt" : "failed" }
}
