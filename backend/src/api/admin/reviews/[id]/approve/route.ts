import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { decideReview } from "../../decide"

/** POST /admin/reviews/:id/approve — the pending review is shown from now on (the product's page follows at once). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await decideReview(req, res, "approved", null)
}
