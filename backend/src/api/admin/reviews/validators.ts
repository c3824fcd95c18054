import { z } from "@medusajs/framework/zod"
import { MODERATED, REVIEW_LIMITS, REVIEW_STATUSES } from "@ocop/core"

/**
 * The moderation queue of reviews, or of producers' replies (`what=reply`): pending by default, oldest
 * first; or the decided ones, newest first.
 */
export const AdminListReviews = z
  .object({
    what: z.enum(MODERATED).default("review"),
    status: z.enum(REVIEW_STATUSES).default("pending"),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict()
export type AdminListReviews = z.infer<typeof AdminListReviews>

export const AdminApproveReview = z.object({}).strict()

/** A rejection says why: the buyer (or, for a reply, the producer) reads it on its account. */
export const AdminRejectReview = z
  .object({
    reason: z
      .string()
      .trim()
      .min(3, "a rejection needs its reason")
      .max(REVIEW_LIMITS.reason, `the reason has at most ${REVIEW_LIMITS.reason} characters`),
  })
  .strict()
export type AdminRejectReview = z.infer<typeof AdminRejectReview>
