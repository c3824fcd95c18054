import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminReviewsResponse } from "@ocop/core"
import { adminReviews } from "../../../read-models/reviews/admin-reviews"
import type { AdminListReviews } from "./validators"

/** GET /admin/reviews?status=pending|approved|rejected — the moderation queue, or the decided reviews. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json((await adminReviews(req.scope, req.validatedQuery as AdminListReviews)) satisfies AdminReviewsResponse)
}
