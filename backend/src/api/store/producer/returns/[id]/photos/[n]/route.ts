import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { producerMembership } from "../../../../../../../access/producer"
import { sendReturnPhoto } from "../../../../../../../read-models/returns/photos"

/** GET /store/producer/returns/:id/photos/:n — the shopper's photo n (0–2) of one of the producer's own returns. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { producer_id } = producerMembership(res)
  await sendReturnPhoto(req.scope, req.params.id, req.params.n, { producer_id }, res)
}
