import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminReviewResponse, Moderated } from "@ocop/core"
import { answeringConflicts } from "../../answering-conflicts"
import { adminReviewViews } from "../../../read-models/reviews/admin-reviews"
import { moderateReviewWorkflow } from "../../../workflows/reviews/moderate-review"
import { reviewsOf } from "../../../workflows/reviews/steps/reviews-of"

/**
 * Runs an official's decision on review `:id` or on its producer's reply (`what`) and answers with the
 * review as decided (409 if decided already; 404 for a reply that does not exist).
 */
export async function decideReview(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse,
  status: "approved" | "rejected",
  reason: string | null,
  what: Moderated = "review",
) {
  await answeringConflicts(res, async () => {
    await moderateReviewWorkflow(req.scope).run({
      input: { id: req.params.id, what, status, reason, by: req.auth_context.actor_id },
    })
    const rows = await reviewsOf(req.scope).listProductReviews({ id: req.params.id }, { take: 1 })
    const [review] = await adminReviewViews(req.scope, rows)
    res.json({ review } satisfies AdminReviewResponse)
  })
}
