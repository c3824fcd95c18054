import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { requireBusiness } from "../../../../../../../lib/trade/access"
import { agreementView, findAgreement } from "../../../../../../../lib/trade/agreements"
import { cancelAgreementWorkflow } from "../../../../../../../workflows/trade/agreements"

/** POST /store/trade/me/agreements/:id/cancel — either party cancels an agreement not yet final. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const me = await requireBusiness(req, { verified: true })
  const agreement = await findAgreement(req.scope, req.params.id, me.id)
  await cancelAgreementWorkflow(req.scope).run({ input: { id: agreement.id } })
  res.json({ agreement: await agreementView(req.scope, await findAgreement(req.scope, agreement.id, me.id)) })
}
