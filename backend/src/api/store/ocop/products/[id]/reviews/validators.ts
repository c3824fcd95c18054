import { z } from "@medusajs/framework/zod"
import { REVIEW_LIMITS, REVIEW_SORTS } from "@ocop/core"

/** A product's reviews: newest (default) or most helpful first, a page at a time. */
export const StoreProductReviews = z
  .object({
    sort: z.enum(REVIEW_SORTS).default("newest"),
    limit: z.coerce.number().int().min(1).max(REVIEW_LIMITS.page).default(REVIEW_LIMITS.page),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict()
export type StoreProductReviews = z.infer<typeof StoreProductReviews>
