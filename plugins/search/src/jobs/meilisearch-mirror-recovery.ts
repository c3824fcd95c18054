import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { recoverMirror } from "../search-mirror/rebuild"
import { RecoveryBackoff } from "../status/recovery-backoff"

/** This process's pace of health checks during an outage (scheduled jobs run in one worker). */
const backoff = new RecoveryBackoff()

/**
 * Rebuilds the Meilisearch mirror while it is not current (`recoverMirror`); nothing without
 * MEILISEARCH_HOST. While Meilisearch is unreachable, ticks are skipped with a growing wait and
 * the outage is logged once, at its start, and once more when Meilisearch answers again.
 */
export default async function meilisearchMirrorRecovery(container: MedusaContainer) {
  if (!backoff.due()) return
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const recovery = await recoverMirror(container)
  if (recovery.outcome === "unreachable") {
    if (backoff.missed()) {
      logger.warn(
        `[meilisearch] unreachable (${recovery.reason}): the mirror is not rebuilt until it answers; ` +
          "checking again after 1, 2, 4 … up to 30 minutes; searches use PostgreSQL meanwhile",
      )
    }
    return
  }
  const misses = backoff.answered()
  if (misses) logger.info(`[meilisearch] answers again after ${misses} unanswered checks; mirror recovery resumes`)
}

export const config = {
  name: "ocop-meilisearch-mirror-recovery",
  schedule: process.env.MEILISEARCH_RECOVERY_CRON || "* * * * *",
}
