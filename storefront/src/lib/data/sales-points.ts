import "server-only"
import type { SalesPointType, SalesPointWithProducts, StoreSalesPointList } from "@ocop/core"
import { CacheTags } from "@ocop/core/revalidation"
import { sdk } from "../medusa"
import { MAX_AGE } from "./cache"

export type SalesPointFilter = { type?: SalesPointType; commune_code?: string }

/**
 * The OCOP sales points with the certified products each has in stock. Shared by every visitor,
 * so cached under the catalogue's tag: a revocation expires it and the product leaves every shelf.
 */
export async function findSalesPoints(filter: SalesPointFilter = {}): Promise<SalesPointWithProducts[]> {
  const { sales_points } = await sdk.client.fetch<StoreSalesPointList>("/store/trade/sales-points", {
    query: filter,
    cache: "force-cache",
    next: { tags: [CacheTags.products], revalidate: MAX_AGE },
  })
  return sales_points
}
