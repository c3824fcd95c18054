import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AgreementResponse } from "@ocop/core"
import { requireBusiness } from "../../../../../../../access/trade"
import { agreementView, findAgreement } from "../../../../../../../read-models/trade/agreements"
import { cancelAgreementWorkflow } from "../../../../../../../workflows/trade/agreements/cancel-agreement"

/** POST /store/trade/me/agreements/:id/cancel — either party cancels an agreement not yet final. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const me = await requireBusiness(req, { verified: true })
  const agreement = await findAgreement(req.scope, req.params.id, me.id)
  await cancelAgreementWorkflow(req.scope).run({ input: { id: agreement.id } })
  res.json({
    agreement: await agreementView(req.scope, await findAgreement(req.scope, agreement.id, me.id), me.id),
  } satisfies AgreementResponse)
}
