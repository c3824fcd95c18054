import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { ratingSummary, type ProductReviewsResponse, type ReviewSort } from "@ocop/core"
import { readListings } from "@ocop/plugin"
import { reviewsOf } from "../../workflows/reviews/steps/reviews-of"
import { publicReview } from "./views"

/**
 * A product's approved reviews and their summary, only while the product is listed (the live listing
 * check, decision 016): a revoked or expired product's reviews are shown nowhere, so its id is a 404
 * here as its page is. The summary counts every approved review; the page is `limit` of them.
 */
export async function productReviews(
  container: MedusaContainer,
  productId: string,
  page: { sort: ReviewSort; limit: number; offset: number },
): Promise<ProductReviewsResponse> {
  const listing = (await readListings(container, [productId])).get(productId)
  if (!listing?.listed) throw new MedusaError(MedusaError.Types.NOT_FOUND, "No such product on sale")
  const reviews = reviewsOf(container)
  const order: Record<string, "ASC" | "DESC"> =
    page.sort === "helpful"
      ? { helpful_count: "DESC", created_at: "DESC", id: "ASC" }
      : { created_at: "DESC", id: "ASC" }
  const [counts, rows] = await Promise.all([
    reviews.ratingCounts([productId]),
    reviews.listProductReviews(
      { product_id: productId, status: "approved" },
      { order, take: page.limit, skip: page.offset },
    ),
  ])
  const counted = counts.get(productId)
  return {
    product_id: productId,
    summary: ratingSummary(counted?.all ?? {}),
    real_summary: ratingSummary(counted?.real ?? {}),
    reviews: rows.map(publicReview),
    ...page,
  }
}
