import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AgreementResponse } from "@ocop/core"
import { requireBusiness } from "../../../../../../../../../access/trade"
import { agreementView, findAgreement } from "../../../../../../../../../read-models/trade/agreements"
import { confirmDeliveryWorkflow } from "../../../../../../../../../workflows/trade/agreements/confirm-delivery"
import type { StoreConfirmDeliveryType } from "../../../../../../validators"

/**
 * POST /store/trade/me/agreements/:id/deliveries/:delivery_id/confirm — the party that did not
 * record a delivery confirms it (it then counts) or, with `{answer: "dispute"}`, disputes it.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreConfirmDeliveryType>, res: MedusaResponse) {
  const me = await requireBusiness(req, { verified: true })
  const agreement = await findAgreement(req.scope, req.params.id, me.id)
  await confirmDeliveryWorkflow(req.scope).run({
    input: {
      id: agreement.id,
      delivery_id: req.params.delivery_id,
      answer: req.validatedBody.answer,
      business_id: me.id,
      by: me.id,
    },
  })
  res.json({
    agreement: await agreementView(req.scope, await findAgreement(req.scope, agreement.id, me.id), me.id),
  } satisfies AgreementResponse)
}
