import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminConsentRow } from "@ocop/core"
import { POLICY_MODULE } from "../../../../modules/policy/name"
import type PolicyModuleService from "../../../../modules/policy/service"
import { consentView } from "../../../../read-models/legal"
import type { ConsentRecord } from "../../../../read-models/legal/views"
import type { AdminListConsentsType } from "../validators"

/**
 * GET /admin/policies/consents?email= — the consents given under one e-mail, withdrawn ones too,
 * with the cart and customer they were given for: the proof an official shows when asked.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListConsentsType>, res: MedusaResponse) {
  const rows = (await req.scope
    .resolve<PolicyModuleService>(POLICY_MODULE)
    .listPolicyConsents(
      { email: req.validatedQuery.email.trim().toLowerCase() },
      { order: { given_at: "DESC" }, take: 200 },
    )) as unknown as ConsentRecord[]
  res.json({
    consents: rows.map((c) => ({ ...consentView(c), customer_id: c.customer_id, cart_id: c.cart_id })),
  } satisfies { consents: AdminConsentRow[] })
}
