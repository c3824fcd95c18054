import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AgreementList } from "@ocop/core"
import { agreementView, listAgreementsOf } from "../../../../read-models/trade/agreements"

/** GET /admin/trade/agreements?status= — every MoU and contract, with signed and realised value. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, { status?: string }>, res: MedusaResponse) {
  const { status } = req.validatedQuery
  const agreements = await listAgreementsOf(req.scope, null, status ? { status } : {})
  res.json({
    agreements: await Promise.all(agreements.map((a) => agreementView(req.scope, a, null))),
  } satisfies AgreementList)
}
