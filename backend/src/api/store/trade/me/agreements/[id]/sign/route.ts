import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AgreementResponse } from "@ocop/core"
import { requireBusiness } from "../../../../../../../access/trade"
import { agreementView, findAgreement } from "../../../../../../../read-models/trade/agreements"
import { signAgreementWorkflow } from "../../../../../../../workflows/trade/agreements/sign-agreement"

/**
 * POST /store/trade/me/agreements/:id/sign — the business signs; the second signature makes it a
 * signed MoU or a contract. `{upgrade_to_contract: true}` on a signed MoU starts its contract.
 */
export async function POST(req: AuthenticatedMedusaRequest<{ upgrade_to_contract?: boolean }>, res: MedusaResponse) {
  const me = await requireBusiness(req, { verified: true })
  const agreement = await findAgreement(req.scope, req.params.id, me.id)
  await signAgreementWorkflow(req.scope).run({
    input: { business_id: me.id, id: agreement.id, upgrade: req.validatedBody.upgrade_to_contract },
  })
  res.json({
    agreement: await agreementView(req.scope, await findAgreement(req.scope, agreement.id, me.id), me.id),
  } satisfies AgreementResponse)
}
