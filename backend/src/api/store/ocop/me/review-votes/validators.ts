import { z } from "@medusajs/framework/zod"

/** "This review helped me": the review's id. */
export const StoreVoteReview = z.object({ review_id: z.string().min(1).max(100) }).strict()
export type StoreVoteReview = z.infer<typeof StoreVoteReview>
