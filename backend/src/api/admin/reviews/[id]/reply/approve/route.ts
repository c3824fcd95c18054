import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { decideReview } from "../../../decide"

/** POST /admin/reviews/:id/reply/approve — the producer's pending reply is shown under the review from now on. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await decideReview(req, res, "approved", null, "reply")
}
