import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { ConsentView } from "@ocop/core"
import { accountHolderOf } from "../../../../../../read-models/legal/account-holder"
import { consentRows, consentView, currentPolicyVersions } from "../../../../../../read-models/legal"
import type { ConsentRecord } from "../../../../../../read-models/legal/views"
import { POLICY_MODULE } from "../../../../../../modules/policy/name"
import type PolicyModuleService from "../../../../../../modules/policy/service"
import { recordConsentsWorkflow } from "../../../../../../workflows/legal/record-consents"
import type { StoreCartConsentsType } from "../../../consents/validators"

/**
 * POST /store/ocop/carts/:id/consents {processing: true, marketing, email?} — consent given at
 * checkout, for this cart: the cart id is what the caller holds, as for Medusa's own cart routes.
 * Recorded for the cart's e-mail (or the one sent) and its customer, to the versions in force.
 */
export async function POST(req: MedusaRequest<StoreCartConsentsType>, res: MedusaResponse) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: ["id", "email", "completed_at", "customer_id", "customer.has_account"],
    filters: { id: req.params.id },
  })
  const cart = data[0] as Parameters<typeof accountHolderOf>[0] & {
    id: string
    email?: string | null
    completed_at?: unknown
  }
  if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart id not found: ${req.params.id}`)
  if (cart.completed_at) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "this cart is already an order")
  const body = req.validatedBody
  const rows = consentRows(
    await currentPolicyVersions(req.scope),
    body.marketing ? ["processing", "marketing"] : ["processing"],
    "checkout",
    { customer_id: accountHolderOf(cart), email: body.email ?? cart.email ?? null, cart_id: cart.id },
  )
  const { result: ids } = await recordConsentsWorkflow(req.scope).run({ input: rows })
  const created = ids.length
    ? await req.scope.resolve<PolicyModuleService>(POLICY_MODULE).listPolicyConsents({ id: ids })
    : []
  res.json({
    consents: (created as unknown as ConsentRecord[]).map(consentView),
  } satisfies { consents: ConsentView[] })
}
