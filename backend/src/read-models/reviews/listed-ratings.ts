import type { MedusaContainer } from "@medusajs/framework/types"
import { ratingSummary, type ProductRatingsResponse, type RatingSummary } from "@ocop/core"
import { readListings } from "@ocop/plugin"
import { reviewsOf } from "../../workflows/reviews/steps/reviews-of"

/**
 * The rating of each product of a list where shoppers compare products (catalogue, search results, a
 * producer's shelf), and of them together (a producer's stall): approved reviews only, of products
 * listed now (the live listing check, decision 016), so a revoked product's reviews never count. The
 * figures are those of each product's page (`summary`: every approved review, as the page shows
 * them); a product without approved reviews is left out, and its tile shows nothing.
 */
export async function listedRatings(container: MedusaContainer, productIds: string[]): Promise<ProductRatingsResponse> {
  const listings = await readListings(container, productIds)
  const listed = productIds.filter((id) => listings.get(id)?.listed)
  const counts = await reviewsOf(container).ratingCounts(listed)
  const products: Record<string, RatingSummary> = {}
  const together: Record<number, number> = {}
  for (const [id, { all }] of counts) {
    const summary = ratingSummary(all)
    if (summary.count) products[id] = summary
    for (const [stars, n] of Object.entries(all)) together[Number(stars)] = (together[Number(stars)] ?? 0) + n
  }
  return { products, overall: ratingSummary(together) }
}
