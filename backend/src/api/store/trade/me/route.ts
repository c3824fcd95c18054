import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { BusinessResponse, MyBusinessResponse } from "@ocop/core"
import { myBusiness } from "../../../../access/trade"
import { businessView } from "../../../../read-models/trade/views"
import { saveBusinessProfileWorkflow } from "../../../../workflows/trade/business/save-business-profile"
import type { StoreSaveBusinessType } from "../validators"

/** GET /store/trade/me — the signed-in customer's business profile, or null before registering. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const business = await myBusiness(req)
  res.json({ business: business ? businessView(business) : null } satisfies MyBusinessResponse)
}

/**
 * POST /store/trade/me — registers the customer's business, or updates it. A new profile, or a
 * change of name, tax code or type, waits for the OCOP office to verify it. Registering needs
 * `accept_operating_rules: true`, recorded as the business's consent to the operating rules.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreSaveBusinessType>, res: MedusaResponse) {
  const { accept_operating_rules, ...profile } = req.validatedBody
  const { result } = await saveBusinessProfileWorkflow(req.scope).run({
    input: { customer_id: req.auth_context.actor_id, profile, accept_operating_rules },
  })
  res.status(200).json({ business: businessView(result) } satisfies BusinessResponse)
}
