import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { syncRegistryFeedWorkflow } from "../workflows/registry/sync-registry-feed"

/**
 * Pulls the registry feed on OCOP_REGISTRY_SYNC_CRON (default every 30 minutes)
 * when OCOP_REGISTRY_FEED_URL is set. Scheduled jobs run in the worker only.
 */
export default async function syncRegistryJob(container: MedusaContainer) {
  const url = process.env.OCOP_REGISTRY_FEED_URL
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  if (!url) return
  try {
    const { result } = await syncRegistryFeedWorkflow(container).run({
      input: { url, token: process.env.OCOP_REGISTRY_TOKEN },
    })
    if (result.error) logger.error(`OCOP registry sync failed (recorded as a failed run): ${result.error}`)
    else logger.info(`OCOP registry sync: ${result.not_modified ? "not modified" : JSON.stringify(result.run.counts)}`)
  } catch (err) {
    logger.error(`OCOP registry sync failed: ${(err as Error).message}`)
  }
}

export const config = { name: "ocop-sync-registry", schedule: process.env.OCOP_REGISTRY_SYNC_CRON || "*/30 * * * *" }
