import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminRejectReview } from "../../../validators"
import { decideReview } from "../../../decide"

/**
 * POST /admin/reviews/:id/reply/reject `{ reason }` — the producer's pending reply is not shown; the
 * producer reads the reason and may write it once more.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminRejectReview>, res: MedusaResponse) {
  await decideReview(req, res, "rejected", req.validatedBody.reason, "reply")
}
