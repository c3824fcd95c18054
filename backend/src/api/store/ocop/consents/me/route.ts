import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ConsentPurpose, StoreMyConsentsResponse } from "@ocop/core"
import { consentRows, currentPolicyVersions, customerConsents } from "../../../../../read-models/legal"
import { recordConsentsWorkflow } from "../../../../../workflows/legal/record-consents"
import type { StoreMyConsentsType } from "../validators"

/** GET /store/ocop/consents/me — the customer's consents (withdrawn ones too) and what to ask again for. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json((await customerConsents(req.scope, req.auth_context.actor_id)) satisfies StoreMyConsentsResponse)
}

/**
 * POST /store/ocop/consents/me {channel, processing?, marketing?, operating_rules?} — the customer
 * agrees, to the versions in force: at sign-up, when asked again after a new version, from the
 * account, when joining the business portal or accepting a producer's invitation.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreMyConsentsType>, res: MedusaResponse) {
  const customerId = req.auth_context.actor_id
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "customer",
    fields: ["id", "email"],
    filters: { id: customerId },
  })
  const body = req.validatedBody
  const purposes = (["processing", "marketing", "operating_rules"] as const).filter((p) => body[p]) as ConsentPurpose[]
  const rows = consentRows(await currentPolicyVersions(req.scope), purposes, body.channel, {
    customer_id: customerId,
    email: (data[0] as { email?: string } | undefined)?.email ?? null,
    cart_id: null,
  })
  await recordConsentsWorkflow(req.scope).run({ input: rows })
  res.json((await customerConsents(req.scope, customerId)) satisfies StoreMyConsentsResponse)
}
