import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { findAgreement, sendAgreementDocument } from "../../../../../../../read-models/trade/agreements"

/** GET /admin/trade/agreements/:id/documents/:document_id — the PDF, for officials. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const agreement = await findAgreement(req.scope, req.params.id, null)
  await sendAgreementDocument(req.scope, agreement, req.params.document_id, res)
}
