import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminRejectReview } from "../../validators"
import { decideReview } from "../../decide"

/** POST /admin/reviews/:id/reject `{ reason }` — the pending review is never shown; its buyer reads the reason. */
export async function POST(req: AuthenticatedMedusaRequest<AdminRejectReview>, res: MedusaResponse) {
  await decideReview(req, res, "rejected", req.validatedBody.reason)
}
