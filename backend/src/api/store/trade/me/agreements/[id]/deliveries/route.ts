import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AgreementResponse } from "@ocop/core"
import { requireBusiness } from "../../../../../../../access/trade"
import { agreementView, findAgreement } from "../../../../../../../read-models/trade/agreements"
import { recordDeliveryWorkflow } from "../../../../../../../workflows/trade/agreements/record-delivery"
import type { StoreRecordDeliveryType } from "../../../../validators"

/**
 * POST /store/trade/me/agreements/:id/deliveries — a delivery against a contract, entered by hand
 * (quantity, value) or, by the buyer, from a marketplace order it placed (`order_id`). It is pending
 * until the other party confirms it.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreRecordDeliveryType>, res: MedusaResponse) {
  const me = await requireBusiness(req, { verified: true })
  const agreement = await findAgreement(req.scope, req.params.id, me.id)
  await recordDeliveryWorkflow(req.scope).run({
    input: { business_id: me.id, recorded_by: me.id, id: agreement.id, delivery: req.validatedBody },
  })
  res.status(201).json({
    agreement: await agreementView(req.scope, await findAgreement(req.scope, agreement.id, me.id), me.id),
  } satisfies AgreementResponse)
}
