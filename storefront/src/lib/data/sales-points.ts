import "server-only"
import type { SalesPointType, SalesPointWithProducts, StoreSalesPointList } from "@ocop/core"
import { CacheTags } from "@ocop/core/revalidation"
import { MEDUSA_LOCALE, type Locale } from "@/i18n/routing"
import { sdk } from "../medusa"
import { MAX_AGE } from "./cache"

export type SalesPointFilter = { type?: SalesPointType; commune_code?: string }

/**
 * The OCOP sales points with the certified products each has in stock. Shared by every visitor,
 * so cached under the catalogue's tag: a revocation expires it and the product leaves every shelf.
 * Texts come in the page's language.
 */
export async function findSalesPoints(
  locale: Locale,
  filter: SalesPointFilter = {},
): Promise<SalesPointWithProducts[]> {
  const { sales_points } = await sdk.client.fetch<StoreSalesPointList>("/store/trade/sales-points", {
    query: { ...filter, locale: MEDUSA_LOCALE[locale] },
    cache: "force-cache",
    next: { tags: [CacheTags.products], revalidate: MAX_AGE },
  })
  return sales_points
}
