import type { AdminReviewView, MyReviewView, PublicReviewView, ReviewPhotoView } from "@ocop/core"
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
    variant_title: row.variant_title,
    created_at: iso(row.created_at)!,
    helpful_count: row.helpful_count,
    demo: row.demo,
    reply: row.reply_text ? { text: row.reply_text, replied_at: iso(row.replied_at)! } : null,
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
  }
}
