import "server-only"
import type {
  MyReviewsResponse,
  ProducerReviewsResponse,
  ProductRatingsResponse,
  ProductReviewsResponse,
  ReviewSort,
} from "@ocop/core"
import { CacheTags } from "@ocop/core/revalidation"
import { sdk } from "../medusa"
import { MAX_AGE } from "./cache"
import { asMember, type ProducerAccess } from "./producer-access"
import { storeCall } from "./session"

/**
 * A listed product's approved reviews and their summary, the same for every visitor: cached under the
 * product's own tag, which the backend expires when a review of it or its reply is approved, and
 * when the product is revoked (decision 006). Null when the product is not on sale (404).
 */
export async function getProductReviews(
  productId: string,
  handle: string,
  page: { sort?: ReviewSort; limit?: number; offset?: number } = {},
): Promise<ProductReviewsResponse | null> {
  try {
    return await sdk.client.fetch<ProductReviewsResponse>(
      `/store/ocop/products/${encodeURIComponent(productId)}/reviews`,
      {
        query: { sort: page.sort ?? "newest", limit: page.limit ?? 20, offset: page.offset ?? 0 },
        cache: "force-cache",
        next: { tags: [CacheTags.product(handle)], revalidate: MAX_AGE },
      },
    )
  } catch (e) {
    if ((e as { status?: number }).status === 404) return null
    throw e
  }
}

const NO_RATINGS: ProductRatingsResponse = {
  products: {},
  overall: { count: 0, average: null, distribution: { 5: 0, 4: 0, 3: 0, 2: 0, 1: 0 } },
}

/**
 * The approved reviews' summary of each product of a list (tiles) and of them together (a producer's
 * stall), the same for every visitor: cached under the catalogue's tag, which the backend expires
 * when a review is approved and when a product is revoked, as the lists themselves are. A list still
 * renders, without ratings, if they cannot be read.
 */
export async function getRatings(productIds: string[]): Promise<ProductRatingsResponse> {
  const ids = [...new Set(productIds)].sort()
  if (!ids.length) return NO_RATINGS
  try {
    return await sdk.client.fetch<ProductRatingsResponse>("/store/ocop/ratings", {
      query: { ids: ids.join(",") },
      cache: "force-cache",
      next: { tags: [CacheTags.products], revalidate: MAX_AGE },
    })
  } catch (e) {
    console.error("ratings could not be read", (e as Error).message)
    return NO_RATINGS
  }
}

/** The signed-in shopper's reviewable lines, reviews and votes (never cached). */
export const getMyReviews = () => storeCall<MyReviewsResponse>("/store/ocop/me/reviews")

/** The approved reviews of the producer's products, for its members (never cached). */
export const getProducerReviews = (): Promise<ProducerAccess<ProducerReviewsResponse>> =>
  asMember(() => storeCall<ProducerReviewsResponse>("/store/producer/reviews"))
