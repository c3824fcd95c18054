import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import type { ErasureResult } from "@ocop/core"
import { erasePersonalDataWorkflow } from "../../../../../workflows/data-rights/erase-personal-data"
import type { StoreEraseAccountType } from "../validators"

/**
 * POST /store/customers/me/erase {password} — deletes the shopper's account: personal data erased or
 * anonymised, orders kept with their legal fields only, the sign-in removed (docs/compliance.md).
 * The password is checked by the auth module as a sign-in would; a wrong one changes nothing.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreEraseAccountType>, res: MedusaResponse) {
  const customerId = req.auth_context.actor_id
  const customer = await req.scope.resolve(Modules.CUSTOMER).retrieveCustomer(customerId)
  const auth = req.scope.resolve(Modules.AUTH)
  const check = await auth.authenticate("emailpass", {
    body: { email: customer.email, password: req.validatedBody.password },
  } as Parameters<typeof auth.authenticate>[1])
  if (!check.success || check.authIdentity?.app_metadata?.customer_id !== customerId) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "The password is not this account's: nothing was deleted.")
  }
  const { result } = await erasePersonalDataWorkflow(req.scope).run({
    input: { customerId, email: customer.email, channel: "self" },
  })
  // The session belonged to the account that no longer exists.
  await new Promise<void>((resolve) => (req.session ? req.session.destroy(() => resolve()) : resolve()))
  res.setHeader("Cache-Control", "private, no-store")
  res.json({ request_id: result.requestId, erased: result.erased } satisfies ErasureResult)
}
