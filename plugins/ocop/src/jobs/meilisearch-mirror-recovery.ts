import type { MedusaContainer } from "@medusajs/framework/types"
import { meilisearchConfigured } from "../search-mirror/config"
import { mirrorIndexStatus } from "../search-mirror/health"
import { rebuildMirror } from "../search-mirror/rebuild"

/**
 * Brings the Meilisearch mirror back after an outage: while its index is anything but "ready"
 * (never built, a missed write, a failed rebuild, or "building" left behind by a process that
 * stopped mid-rebuild), rebuilds it whole from the database. Searches stay on PostgreSQL meanwhile.
 * A rebuild already running here is joined, one elsewhere waits on the Search Module's lock.
 * Does nothing without MEILISEARCH_HOST.
 */
export default async function meilisearchMirrorRecovery(container: MedusaContainer) {
  if (!meilisearchConfigured()) return
  if ((await mirrorIndexStatus(container)) === "ready") return
  await rebuildMirror(container, "swap")
}

export const config = {
  name: "ocop-meilisearch-mirror-recovery",
  schedule: process.env.MEILISEARCH_RECOVERY_CRON || "* * * * *",
}
