import type { MedusaContainer } from "@medusajs/framework/types"
import { mayReply, type ProducerReviewView } from "@ocop/core"
import { producerProductIds } from "../producer-catalogue/products"
import { reviewsOf } from "../../workflows/reviews/steps/reviews-of"
import { productFacts } from "./product-facts"
import { publicReview, replyState, type ReviewRow } from "./views"

/** The ids of the products the producer's OCOP subject makes: the ownership of its reviews. */
export const producerReviewProducts = (container: MedusaContainer, subjectId: string) =>
  producerProductIds(container, subjectId)

/** A review as its producer reads it: public, with its product and its reply's moderation. */
export async function producerReviewViews(
  container: MedusaContainer,
  rows: ReviewRow[],
): Promise<ProducerReviewView[]> {
  const products = await productFacts(
    container,
    rows.map((r) => r.product_id),
  )
  return rows.map((row) => ({
    ...publicReview(row),
    product_id: row.product_id,
    product_title: products.get(row.product_id)?.title ?? "",
    product_handle: products.get(row.product_id)?.handle ?? null,
    reply_state: replyState(row),
    may_reply: mayReply({ status: row.reply_status, attempts: row.reply_attempts }),
  }))
}

/** The approved reviews of the producer's products, newest first (the last 200). */
export async function producerReviews(container: MedusaContainer, subjectId: string): Promise<ProducerReviewView[]> {
  const ids = await producerReviewProducts(container, subjectId)
  if (!ids.length) return []
  const rows = await reviewsOf(container).listProductReviews(
    { product_id: ids, status: "approved" },
    { order: { created_at: "DESC" }, take: 200 },
  )
  return producerReviewViews(container, rows)
}
