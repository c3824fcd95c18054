import "server-only"
import type { SalesPointStock, SalesPointStockList, StoreOcopFacts } from "@ocop/core"
import { CacheTags } from "@ocop/core/revalidation"
import { MEDUSA_LOCALE, type Locale } from "@/i18n/routing"
import { sdk } from "../medusa"
import { MAX_AGE } from "./cache"

export type Producer = NonNullable<StoreOcopFacts["subject"]>

/**
 * A producer and the handles of their products for sale; null when they have none. Shared data,
 * cached under the catalogue's tag so a revocation that empties a producer's shelf clears it too.
 */
export async function getProducer(key: string): Promise<{ producer: Producer; handles: string[] } | null> {
  try {
    const { producer, product_handles } = await sdk.client.fetch<{ producer: Producer; product_handles: string[] }>(
      `/store/ocop/producers/${encodeURIComponent(key)}`,
      { cache: "force-cache", next: { tags: [CacheTags.products], revalidate: MAX_AGE } },
    )
    return { producer, handles: product_handles }
  } catch {
    return null
  }
}

/** Sales points with the product in stock (shared stock figures, cached for at most MAX_AGE). */
export async function listSalesPoints(productId: string, handle: string, locale: Locale): Promise<SalesPointStock[]> {
  try {
    const { sales_points } = await sdk.client.fetch<SalesPointStockList>(
      `/store/ocop/products/${encodeURIComponent(productId)}/sales-points`,
      {
        query: { locale: MEDUSA_LOCALE[locale] },
        cache: "force-cache",
        next: { tags: [CacheTags.product(handle)], revalidate: MAX_AGE },
      },
    )
    return sales_points
  } catch {
    return [] // where-to-buy is a help, not a reason to fail the product page
  }
}

/**
 * Where to buy a producer's products: the sales points holding any of them. Shared figures, cached
 * under the catalogue's tag like the producer's page itself, at most MAX_AGE.
 */
export async function listStallSalesPoints(key: string, locale: Locale): Promise<SalesPointStock[]> {
  try {
    const { sales_points } = await sdk.client.fetch<SalesPointStockList>(
      `/store/ocop/producers/${encodeURIComponent(key)}/sales-points`,
      {
        query: { locale: MEDUSA_LOCALE[locale] },
        cache: "force-cache",
        next: { tags: [CacheTags.products], revalidate: MAX_AGE },
      },
    )
    return sales_points
  } catch {
    return [] // where-to-buy is a help, not a reason to fail the producer's page
  }
}
