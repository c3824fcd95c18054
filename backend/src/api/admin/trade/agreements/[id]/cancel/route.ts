import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AgreementResponse } from "@ocop/core"
import { agreementView, findAgreement } from "../../../../../../read-models/trade/agreements"
import { cancelAgreementWorkflow } from "../../../../../../workflows/trade/agreements/cancel-agreement"

/** POST /admin/trade/agreements/:id/cancel — an official cancels an agreement not yet final. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const agreement = await findAgreement(req.scope, req.params.id, null)
  await cancelAgreementWorkflow(req.scope).run({ input: { id: agreement.id } })
  res.json({
    agreement: await agreementView(req.scope, await findAgreement(req.scope, agreement.id, null), null),
  } satisfies AgreementResponse)
}
