import { z } from "@medusajs/framework/zod"
import { REVIEW_LIMITS } from "@ocop/core"

/**
 * A review of one delivered line: stars and text (as a form's strings or JSON numbers); photos come
 * as files beside it. Anything else is refused.
 */
export const StoreCreateReview = z
  .object({
    item_id: z.string().min(1).max(100),
    rating: z.coerce.number().int().min(REVIEW_LIMITS.stars.min).max(REVIEW_LIMITS.stars.max),
    text: z
      .string()
      .trim()
      .min(REVIEW_LIMITS.text.min, `the text needs at least ${REVIEW_LIMITS.text.min} characters`)
      .max(REVIEW_LIMITS.text.max, `the text has at most ${REVIEW_LIMITS.text.max} characters`),
  })
  .strict()
export type StoreCreateReview = z.infer<typeof StoreCreateReview>
