import type { PhotoWidth } from "./producer-stall"
import type { Moderated, RatingSummary, ReviewSort, ReviewStatus } from "../reviews"

/** A review's photo: WebP widths without metadata, as producers' photos are kept. */
export type ReviewPhotoView = { id: string; url: string; widths: PhotoWidth[] }

/** A producer's public reply under a review, once officials approved it. */
export type ReviewReplyView = { text: string; replied_at: string }

/** The producer's reply in whatever state moderation left it: for the producer and officials. */
export type ReplyModerationView = {
  text: string
  status: ReviewStatus
  rejection_reason: string | null
  replied_at: string
  moderated_at: string | null
  /** Submissions so far (a rejected reply may be written once more). */
  attempts: number
}

/**
 * An approved review as anyone reads it. `author` is the buyer's first name (null once the buyer's
 * data was erased, or when the account has none); `demo` marks the demo dataset's reviews.
 */
export type PublicReviewView = {
  id: string
  rating: number
  text: string
  photos: ReviewPhotoView[]
  author: string | null
  /** The size bought: its variant (pages show its title in their language) and its title when bought. */
  variant_id: string | null
  variant_title: string | null
  created_at: string
  helpful_count: number
  demo: boolean
  reply: ReviewReplyView | null
}

/** GET /store/ocop/products/:id/reviews — a listed product's approved reviews and their summary. */
export type ProductReviewsResponse = {
  product_id: string
  /** Every approved review, the demo dataset's included (shown marked): what the page shows. */
  summary: RatingSummary
  /** Real buyers' approved reviews only: what the structured data (AggregateRating) states. */
  real_summary: RatingSummary
  reviews: PublicReviewView[]
  sort: ReviewSort
  limit: number
  offset: number
}

/** A delivered order line the signed-in shopper has not reviewed yet. */
export type ReviewableItemView = {
  item_id: string
  order_id: string
  display_id: number
  product_id: string
  product_handle: string | null
  title: string
  variant_id: string | null
  variant_title: string | null
  thumbnail: string | null
}

/** One of the shopper's own reviews, in whatever state moderation left it. */
export type MyReviewView = PublicReviewView & {
  item_id: string
  product_id: string
  product_title: string
  product_handle: string | null
  status: ReviewStatus
  rejection_reason: string | null
}

/** GET /store/ocop/me/reviews — what the shopper may review, what it reviewed, and what it found helpful. */
export type MyReviewsResponse = {
  reviewable: ReviewableItemView[]
  reviews: MyReviewView[]
  helpful: string[]
}

/** POST /store/ocop/me/reviews — the review as written, waiting for moderation. */
export type MyReviewResponse = { review: MyReviewView }

/** POST /store/ocop/me/review-votes — the review's helpful count after the vote. */
export type ReviewVoteResponse = { review_id: string; helpful_count: number }

/** A review as officials moderate it. */
export type AdminReviewView = PublicReviewView & {
  product_id: string
  product_title: string
  product_handle: string | null
  status: ReviewStatus
  rejection_reason: string | null
  moderated_at: string | null
  /** The producer's reply, published or not. */
  reply_state: ReplyModerationView | null
}

/** GET /admin/reviews?what=review|reply&status= — what officials moderate: reviews, or producers' replies. */
export type AdminReviewsQuery = { what: Moderated; status: ReviewStatus }

/** GET /admin/reviews — the moderation queue (pending first by default) or the decided ones. */
export type AdminReviewsResponse = { reviews: AdminReviewView[]; count: number; limit: number; offset: number }
export type AdminReviewResponse = { review: AdminReviewView }

/** A producer's approved review of one of its products, with its reply if it gave one. */
export type ProducerReviewView = PublicReviewView & {
  product_id: string
  product_title: string
  product_handle: string | null
  /** Its reply, waiting, published or rejected with the officials' reason; null before replying. */
  reply_state: ReplyModerationView | null
  /** Whether the producer may write its reply now (none yet, or rejected once). */
  may_reply: boolean
}

/** GET /store/producer/reviews — the approved reviews of the producer's products, newest first. */
export type ProducerReviewsResponse = { reviews: ProducerReviewView[] }
export type ProducerReviewResponse = { review: ProducerReviewView }

/**
 * GET /store/ocop/ratings?ids= — the summary of each listed product of a list that has approved
 * reviews (products without any are absent), and of all of them together (a producer's stall).
 */
export type ProductRatingsResponse = { products: Record<string, RatingSummary>; overall: RatingSummary }
