import type { MedusaContainer } from "@medusajs/framework/types"
import { recoverMirror } from "../search-mirror/rebuild"

/** Rebuilds the Meilisearch mirror while it is not current (`recoverMirror`); nothing without MEILISEARCH_HOST. */
export default async function meilisearchMirrorRecovery(container: MedusaContainer) {
  await recoverMirror(container)
}

export const config = {
  name: "ocop-meilisearch-mirror-recovery",
  schedule: process.env.MEILISEARCH_RECOVERY_CRON || "* * * * *",
}
