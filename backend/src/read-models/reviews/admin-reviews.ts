import type { MedusaContainer } from "@medusajs/framework/types"
import type { AdminReviewView, AdminReviewsQuery, AdminReviewsResponse } from "@ocop/core"
import { reviewsOf } from "../../workflows/reviews/steps/reviews-of"
import { productFacts } from "./product-facts"
import { decidedReview, type ReviewRow } from "./views"

/** Reviews as officials moderate them, with their products; the buyer is only the first name shown. */
export async function adminReviewViews(container: MedusaContainer, rows: ReviewRow[]): Promise<AdminReviewView[]> {
  const products = await productFacts(
    container,
    rows.map((r) => r.product_id),
  )
  return rows.map((row) => {
    const { item_id: _item, ...view } = decidedReview(row, products.get(row.product_id))
    return view
  })
}

/**
 * The queue (pending, oldest first: first come, first moderated) or the decided ones, newest first:
 * of reviews, or of producers' replies (`what`), which wait for officials the same way.
 */
export async function adminReviews(
  container: MedusaContainer,
  page: AdminReviewsQuery & { limit: number; offset: number },
): Promise<AdminReviewsResponse> {
  const reply = page.what === "reply"
  const [rows, count] = await reviewsOf(container).listAndCountProductReviews(
    reply ? { reply_status: page.status } : { status: page.status },
    {
      order:
        page.status === "pending"
          ? reply
            ? { replied_at: "ASC" }
            : { created_at: "ASC" }
          : reply
            ? { reply_moderated_at: "DESC" }
            : { moderated_at: "DESC" },
      take: page.limit,
      skip: page.offset,
    },
  )
  return { reviews: await adminReviewViews(container, rows), count, limit: page.limit, offset: page.offset }
}
