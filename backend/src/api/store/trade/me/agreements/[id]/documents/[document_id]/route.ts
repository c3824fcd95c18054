import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { requireBusiness } from "../../../../../../../../access/trade"
import { findAgreement, sendAgreementDocument } from "../../../../../../../../read-models/trade/agreements"

/** GET /store/trade/me/agreements/:id/documents/:document_id — the PDF, to a party only. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const me = await requireBusiness(req)
  const agreement = await findAgreement(req.scope, req.params.id, me.id)
  await sendAgreementDocument(req.scope, agreement, req.params.document_id, res)
}
