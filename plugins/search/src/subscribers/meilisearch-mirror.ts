import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PRODUCT_INDEX_EVENTS } from "../search/_product-source"
import { meilisearchConfigured } from "../search-mirror/config"
import { syncMirror } from "../search-mirror/sync"

/**
 * Keeps the Meilisearch mirror on the events the PostgreSQL index follows, in a subscriber of its
 * own so that its failures (caught and reported in syncMirror) never reach the Search Module's
 * ingestion of the same event. Does nothing without MEILISEARCH_HOST.
 */
export default async function meilisearchMirror({ event, container }: SubscriberArgs<Record<string, unknown>>) {
  if (!meilisearchConfigured()) return
  await syncMirror(container, event)
}

export const config: SubscriberConfig = {
  event: PRODUCT_INDEX_EVENTS,
  context: { subscriberId: "ocop-meilisearch-mirror" },
}
