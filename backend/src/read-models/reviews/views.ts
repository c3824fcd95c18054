import type { AdminReviewView, MyReviewView, PublicReviewView, ReplyModerationView, ReviewPhotoView } from "@ocop/core"
import type { InferTypeOf } from "@medusajs/framework/types"
import type { ProductReview } from "../../modules/review/models/review"
import type { StoredReviewPhoto } from "../../modules/review/service"

export type ReviewRow = InferTypeOf<typeof ProductReview>
type ProductFacts = { title: string; handle: string | null }

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null)

/** The photos as shown: their widths, never the File Module's ids. */
const photosOf = (row: ReviewRow): ReviewPhotoView[] =>
  ((row.photos as { items?: StoredReviewPhoto[] } | null)?.items ?? []).map(({ id, url, widths }) => ({
    id,
    url,
    widths,
  }))

/** A review as anyone reads it: nothing of the buyer but the first name it wrote under. */
export function publicReview(row: ReviewRow): PublicReviewView {
  return {
    id: row.id,
    rating: row.rating,
    text: row.text,
    photos: photosOf(row),
    author: row.author_name,
    variant_id: row.variant_id,
    variant_title: row.variant_title,
    created_at: iso(row.created_at)!,
    helpful_count: row.helpful_count,
    demo: row.demo,
    // The reply is public only once officials approved it (docs/reviews.md).
    reply:
      row.reply_text && row.reply_status === "approved"
        ? { text: row.reply_text, replied_at: iso(row.replied_at)! }
        : null,
  }
}

/** The producer's reply in whatever state moderation left it (null before any). */
export function replyState(row: ReviewRow): ReplyModerationView | null {
  if (!row.reply_text || !row.reply_status) return null
  return {
    text: row.reply_text,
    status: row.reply_status,
    rejection_reason: row.reply_rejection_reason,
    replied_at: iso(row.replied_at)!,
    moderated_at: iso(row.reply_moderated_at),
    attempts: row.reply_attempts,
  }
}

/** With its product and where moderation left it: for the buyer itself and for officials. */
export function decidedReview(row: ReviewRow, product: ProductFacts | undefined): AdminReviewView & MyReviewView {
  return {
    ...publicReview(row),
    item_id: row.item_id,
    product_id: row.product_id,
    product_title: product?.title ?? "",
    product_handle: product?.handle ?? null,
    status: row.status,
    rejection_reason: row.rejection_reason,
    moderated_at: iso(row.moderated_at),
    reply_state: replyState(row),
  }
}
