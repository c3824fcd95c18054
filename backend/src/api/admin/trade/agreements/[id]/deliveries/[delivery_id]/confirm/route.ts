import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AgreementResponse } from "@ocop/core"
import { agreementView, findAgreement } from "../../../../../../../../read-models/trade/agreements"
import { confirmDeliveryWorkflow } from "../../../../../../../../workflows/trade/agreements/confirm-delivery"
import type { AdminConfirmDeliveryType } from "../../../../../validators"

/**
 * POST /admin/trade/agreements/:id/deliveries/:delivery_id/confirm — an official confirms a
 * delivery the parties left pending or disputed, or marks a pending one disputed.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminConfirmDeliveryType>, res: MedusaResponse) {
  const agreement = await findAgreement(req.scope, req.params.id, null)
  await confirmDeliveryWorkflow(req.scope).run({
    input: {
      id: agreement.id,
      delivery_id: req.params.delivery_id,
      answer: req.validatedBody.answer,
      business_id: null,
      by: req.auth_context.actor_id,
    },
  })
  res.json({
    agreement: await agreementView(req.scope, await findAgreement(req.scope, agreement.id, null), null),
  } satisfies AgreementResponse)
}
