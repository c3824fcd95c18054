import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendReturnPhoto } from "../../../../../../read-models/returns/photos"

/** GET /admin/return-requests/:id/photos/:n — the shopper's photo n (0–2) of any return, to officials. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await sendReturnPhoto(req.scope, req.params.id, req.params.n, {}, res)
}
