import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { ReviewVoteResponse } from "@ocop/core"
import { readListings } from "@ocop/plugin"
import { answeringConflicts } from "../../../../answering-conflicts"
import { markHelpfulWorkflow } from "../../../../../workflows/reviews/mark-helpful"
import { reviewsOf } from "../../../../../workflows/reviews/steps/reviews-of"
import type { StoreVoteReview } from "./validators"

/**
 * POST /store/ocop/me/review-votes — the signed-in shopper marks an approved review of a listed
 * product helpful, once (409 after; 403 for its own review; 404 for a review not shown).
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreVoteReview>, res: MedusaResponse) {
  const { review_id } = req.validatedBody
  const [review] = await reviewsOf(req.scope).listProductReviews({ id: review_id, status: "approved" }, { take: 1 })
  const listed = review && (await readListings(req.scope, [review.product_id])).get(review.product_id)?.listed
  if (!listed) throw new MedusaError(MedusaError.Types.NOT_FOUND, "No such review")
  await answeringConflicts(res, async () => {
    const { result } = await markHelpfulWorkflow(req.scope).run({
      input: { review_id, customer_id: req.auth_context.actor_id },
    })
    res.status(201).json(result satisfies ReviewVoteResponse)
  })
}
