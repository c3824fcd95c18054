import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreMyConsentsResponse } from "@ocop/core"
import { customerConsents } from "../../../../../../../read-models/legal"
import { withdrawConsentWorkflow } from "../../../../../../../workflows/legal/withdraw-consent"

/**
 * POST /store/ocop/consents/me/:id/withdraw — withdraws the customer's consent to the purpose of one
 * of its own records (every active record of that purpose); another's record is a 404.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const customerId = req.auth_context.actor_id
  await withdrawConsentWorkflow(req.scope).run({ input: { id: req.params.id, customer_id: customerId } })
  res.json((await customerConsents(req.scope, customerId)) satisfies StoreMyConsentsResponse)
}
