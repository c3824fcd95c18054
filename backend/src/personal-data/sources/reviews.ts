import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { REVIEWS_CHANGED, reviewsOf } from "../../workflows/reviews/steps/reviews-of"
import type { DataSubject, PersonalDataSource } from "../source"

/**
 * The shopper's reviews (with their photos' addresses, moderation and the producer's reply) and the
 * reviews it found helpful. Erasure removes them rather than anonymising them (decision 037): a
 * review's text and photos are the buyer's own words and pictures, which may identify it whatever
 * name is taken off; the votes it gave are taken back from the counts. Reviews are found by the
 * account's customer id: a guest cannot review.
 */
export const reviewsSource: PersonalDataSource = {
  key: "reviews",

  async collect(container: MedusaContainer, subject: DataSubject) {
    const reviews = reviewsOf(container)
    const [rows, votes] = await Promise.all([
      reviews.listProductReviews({ customer_id: subject.customerId }, { order: { created_at: "ASC" } }),
      reviews.listProductReviewVotes({ customer_id: subject.customerId }, { order: { created_at: "ASC" } }),
    ])
    return {
      reviews: rows.map((r) => ({
        id: r.id,
        product_id: r.product_id,
        order_id: r.order_id,
        item_id: r.item_id,
        author_name: r.author_name,
        rating: r.rating,
        text: r.text,
        photos: ((r.photos as { items?: { url: string }[] } | null)?.items ?? []).map((p) => p.url),
        status: r.status,
        rejection_reason: r.rejection_reason,
        helpful_count: r.helpful_count,
        // The producer's reply as the buyer reads it: once officials published it.
        reply: r.reply_status === "approved" ? r.reply_text : null,
        created_at: r.created_at,
      })),
      helpful_votes: votes.map((v) => ({ review_id: v.review_id, created_at: v.created_at })),
    }
  },

  async erase(container: MedusaContainer, subject: DataSubject) {
    const { file_ids, product_ids } = await reviewsOf(container).eraseBuyer(subject.customerId)
    // After the rows are gone: a crash in between leaves files nobody shows, never a review without them.
    if (file_ids.length) await container.resolve(Modules.FILE).deleteFiles(file_ids)
    if (product_ids.length)
      await container.resolve(Modules.EVENT_BUS).emit({ name: REVIEWS_CHANGED, data: { product_ids } })
  },
}
