import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AgreementResponse } from "@ocop/core"
import { agreementView, findAgreement } from "../../../../../read-models/trade/agreements"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({
    agreement: await agreementView(req.scope, await findAgreement(req.scope, req.params.id, null), null),
  } satisfies AgreementResponse)
}
