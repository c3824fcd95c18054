import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { answerWithReturn } from "./answer"

/** GET /admin/return-requests/:id — one return, with the refund account while the refund is due. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await answerWithReturn(req, res)
}
