import "server-only"
import type { MyReviewsResponse, ProducerReviewsResponse, ProductReviewsResponse, ReviewSort } from "@ocop/core"
import { CacheTags } from "@ocop/core/revalidation"
import { sdk } from "../medusa"
import { MAX_AGE } from "./cache"
import { asMember, type ProducerAccess } from "./producer-access"
import { storeCall } from "./session"

/**
 * A listed product's approved reviews and their summary, the same for every visitor: cached under the
 * product's own tag, which the backend expires when a review of it is approved or replied to, and
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

/** The signed-in shopper's reviewable lines, reviews and votes (never cached). */
export const getMyReviews = () => storeCall<MyReviewsResponse>("/store/ocop/me/reviews")

/** The approved reviews of the producer's products, for its members (never cached). */
export const getProducerReviews = (): Promise<ProducerAccess<ProducerReviewsResponse>> =>
  asMember(() => storeCall<ProducerReviewsResponse>("/store/producer/reviews"))
