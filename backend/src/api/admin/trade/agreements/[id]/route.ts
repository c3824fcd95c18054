import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { agreementView, findAgreement } from "../../../../../lib/trade/agreements"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ agreement: await agreementView(req.scope, await findAgreement(req.scope, req.params.id, null)) })
}
