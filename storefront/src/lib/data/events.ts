import "server-only"
import { CacheTags } from "@ocop/core/revalidation"
import type { TradeEventList, TradeEventPage, TradeEventPageResponse, TradeEventView } from "@ocop/core"
import { sdk } from "../medusa"
import { MAX_AGE } from "./cache"
import { storeError } from "./session"

/** Fairs, conferences, delegations and festivals: public, cached for at most MAX_AGE. */
export async function listTradeEvents(): Promise<TradeEventView[]> {
  const { events } = await sdk.client.fetch<TradeEventList>("/store/trade/events", {
    cache: "force-cache",
    next: { revalidate: MAX_AGE },
  })
  return events
}

/**
 * A fair's public page, or null for an unknown handle. Its exhibitors' products are the certified
 * ones, so the read is cached under the catalogue's tag and a revocation takes them off at once.
 */
export async function getTradeEvent(handle: string): Promise<TradeEventPage | null> {
  try {
    const { event } = await sdk.client.fetch<TradeEventPageResponse>(
      `/store/trade/events/${encodeURIComponent(handle)}`,
      { cache: "force-cache", next: { tags: [CacheTags.products], revalidate: MAX_AGE } },
    )
    return event
  } catch (e) {
    if (storeError(e).status === 404) return null
    throw e
  }
}
