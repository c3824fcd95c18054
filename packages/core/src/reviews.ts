import type { Stars } from "./frameworks"

/**
 * Reviews from real buyers (docs/reviews.md): one per delivered order line, 1–5 stars, a short text
 * and up to three photos, shown once an official approved it.
 */

/** How a review is taken: its stars, text, photos (checked as producers' photos are) and answers. */
export const REVIEW_LIMITS = {
  stars: { min: 1, max: 5 },
  /** Characters of a review's text: enough to say something, short enough to read on a phone. */
  text: { min: 10, max: 2000 },
  photos: 3,
  /** A photo as sent, and the most one review's body may carry (refused before it is read). */
  photoBytes: 10 * 1024 * 1024,
  uploadBytes: 25 * 1024 * 1024,
  /** An official's reason for a rejection, and a producer's one public reply. */
  reason: 500,
  reply: 1000,
  /**
   * How many times a producer may submit its reply: once, and once more after officials rejected it
   * (docs/reviews.md, _The producer's reply_).
   */
  replyAttempts: 2,
  /** Reviews per page of a product's list. */
  page: 20,
} as const

export const REVIEW_STATUSES = ["pending", "approved", "rejected"] as const
export type ReviewStatus = (typeof REVIEW_STATUSES)[number]

/**
 * What officials moderate: a buyer's review, and the producer's public reply under it. Both follow one
 * rule (`moderationAnswer`): only what waits is decided, once; a rejection says why.
 */
export const MODERATED = ["review", "reply"] as const
export type Moderated = (typeof MODERATED)[number]

/** An official's decision on something waiting for moderation. */
export type ModerationDecision = { status: "approved" | "rejected"; reason: string | null }

/**
 * The moderation rule, for a review and a reply alike: what may be decided given its current state.
 * `null` when the decision may be taken; otherwise why not (the caller answers 409, or 400 for a
 * rejection without a reason).
 */
export function moderationAnswer(
  current: ReviewStatus | null,
  decision: ModerationDecision,
): null | { status: 400 | 409; message: string } {
  if (decision.status === "rejected" && !decision.reason?.trim())
    return { status: 400, message: "a rejection needs its reason" }
  if (current !== "pending") return { status: 409, message: "has already been moderated" }
  return null
}

/**
 * Whether a producer may (re)write its reply to an approved review: when it has none, or when officials
 * rejected it and it has submitted fewer than `REVIEW_LIMITS.replyAttempts` (a second chance to reword
 * a reply refused for its wording; not an endless negotiation with the moderators). A waiting or
 * published reply is final.
 */
export function mayReply(reply: { status: ReviewStatus | null; attempts: number }): boolean {
  if (reply.status === null) return true
  return reply.status === "rejected" && reply.attempts < REVIEW_LIMITS.replyAttempts
}

/** The orders a product's approved reviews are listed in. */
export const REVIEW_SORTS = ["newest", "helpful"] as const
export type ReviewSort = (typeof REVIEW_SORTS)[number]

/** How many approved reviews gave each number of stars. */
export type RatingDistribution = Record<Stars, number>

/** What a product page shows above its reviews, and what its structured data's AggregateRating says. */
export type RatingSummary = {
  count: number
  /** The mean of the stars, to one decimal; null without reviews. */
  average: number | null
  distribution: RatingDistribution
}

const STARS: Stars[] = [5, 4, 3, 2, 1]

/** Stars counted from ratings, ignoring anything that is not a whole number of stars from 1 to 5. */
export function countRatings(ratings: Iterable<number>): RatingDistribution {
  const distribution: RatingDistribution = { 5: 0, 4: 0, 3: 0, 2: 0, 1: 0 }
  for (const r of ratings) if (STARS.includes(r as Stars)) distribution[r as Stars]++
  return distribution
}

/**
 * The summary of a product's approved reviews from how many gave each number of stars (the database
 * counts them: one row per star, whatever the number of reviews). The average is rounded half up to
 * one decimal from the exact sum, so 4.25 shows as 4.3 on the page and in the structured data alike.
 */
export function ratingSummary(counts: Partial<Record<number, number>>): RatingSummary {
  const distribution: RatingDistribution = { 5: 0, 4: 0, 3: 0, 2: 0, 1: 0 }
  let count = 0
  let sum = 0
  for (const stars of STARS) {
    const n = Math.max(0, Math.trunc(Number(counts[stars] ?? 0)))
    distribution[stars] = n
    count += n
    sum += n * stars
  }
  // Integer arithmetic before the division: 4.25 * 10 is exact, but sums of floats are not.
  const average = count ? Math.floor((sum * 10) / count + 0.5) / 10 : null
  return { count, average, distribution }
}

/** The share of reviews with `stars`, in whole percent, for the distribution's bars. */
export function ratingShare(summary: RatingSummary, stars: Stars): number {
  return summary.count ? Math.round((summary.distribution[stars] / summary.count) * 100) : 0
}
