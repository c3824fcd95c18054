import { z } from "@medusajs/framework/zod"
import { REVIEW_LIMITS } from "@ocop/core"

/** The producer's one public reply to a review. */
export const StoreReplyToReview = z
  .object({
    text: z
      .string()
      .trim()
      .min(2, "the reply is empty")
      .max(REVIEW_LIMITS.reply, `the reply has at most ${REVIEW_LIMITS.reply} characters`),
  })
  .strict()
export type StoreReplyToReview = z.infer<typeof StoreReplyToReview>
