import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ProducerReviewResponse } from "@ocop/core"
import { answeringConflicts } from "../../../../../answering-conflicts"
import { producerMembership } from "../../../../../../access/producer"
import { producerReviewProducts, producerReviewViews } from "../../../../../../read-models/reviews/producer-reviews"
import { replyToReviewWorkflow } from "../../../../../../workflows/reviews/reply-to-review"
import { reviewsOf } from "../../../../../../workflows/reviews/steps/reviews-of"
import type { StoreReplyToReview } from "../../validators"

/**
 * POST /store/producer/reviews/:id/reply — a member replies publicly, once, to an approved review of
 * one of its producer's products (the products are in the write's query: another's review is 404; a
 * second reply 409). Shown at once under the review.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreReplyToReview>, res: MedusaResponse) {
  const { subject_id } = producerMembership(res)
  const product_ids = await producerReviewProducts(req.scope, subject_id)
  await answeringConflicts(res, async () => {
    await replyToReviewWorkflow(req.scope).run({
      input: { id: req.params.id, product_ids, text: req.validatedBody.text, by: req.auth_context.actor_id },
    })
    const rows = await reviewsOf(req.scope).listProductReviews({ id: req.params.id }, { take: 1 })
    const [review] = await producerReviewViews(req.scope, rows)
    res.json({ review } satisfies ProducerReviewResponse)
  })
}
