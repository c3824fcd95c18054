import type { MedusaContainer } from "@medusajs/framework/types"
import type { MyReviewsResponse } from "@ocop/core"
import { reviewsOf } from "../../workflows/reviews/steps/reviews-of"
import { boughtItems } from "./delivered-items"
import { productFacts } from "./product-facts"
import { decidedReview } from "./views"

/**
 * The signed-in shopper's side: its delivered lines not reviewed yet, its reviews in whatever state
 * moderation left them (a rejection with its reason), and the reviews it found helpful. Everything is
 * read with the customer's id in the query.
 */
export async function myReviews(container: MedusaContainer, customerId: string): Promise<MyReviewsResponse> {
  const reviews = reviewsOf(container)
  const [bought, rows, votes] = await Promise.all([
    boughtItems(container, customerId),
    reviews.listProductReviews({ customer_id: customerId }, { order: { created_at: "DESC" } }),
    reviews.listProductReviewVotes({ customer_id: customerId }, { select: ["review_id"] }),
  ])
  const reviewed = new Set(rows.map((r) => r.item_id))
  const products = await productFacts(
    container,
    rows.map((r) => r.product_id),
  )
  return {
    reviewable: bought
      .filter((item) => item.delivered && !reviewed.has(item.item_id))
      .map(({ delivered: _delivered, ...item }) => item),
    reviews: rows.map((row) => {
      // The buyer reads the producer's reply once published (in `reply`), not its moderation.
      const {
        moderated_at: _moderated_at,
        reply_state: _reply_state,
        ...mine
      } = decidedReview(row, products.get(row.product_id))
      return mine
    }),
    helpful: votes.map((v) => v.review_id),
  }
}
