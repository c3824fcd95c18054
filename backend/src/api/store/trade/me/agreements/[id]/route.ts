import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AgreementResponse } from "@ocop/core"
import { requireBusiness } from "../../../../../../access/trade"
import { agreementView, findAgreement } from "../../../../../../read-models/trade/agreements"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const me = await requireBusiness(req)
  res.setHeader("Cache-Control", "private, no-store")
  res.json({
    agreement: await agreementView(req.scope, await findAgreement(req.scope, req.params.id, me.id), me.id),
  } satisfies AgreementResponse)
}
