import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { accountHolderOf } from "../../read-models/legal/account-holder"
import { orderConsentProblem } from "../../read-models/legal"

/**
 * Medusa's `POST /store/carts/:id/complete` places an order only with consent to processing
 * recorded for it (Personal Data Protection Law 91/2025/QH15: explicit, recorded consent): given at
 * checkout for this cart, or by the signed-up customer whose cart it is. Without it the answer is
 * 400 with a message saying what is missing, to the storefront and any API client alike.
 */
export async function requireOrderConsent(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "cart",
      fields: ["id", "completed_at", "customer_id", "customer.has_account"],
      filters: { id: req.params.id },
    })
    const cart = data[0] as Parameters<typeof accountHolderOf>[0] & { id: string; completed_at?: unknown }
    // An unknown cart is Medusa's to answer; a completed one returns its order again.
    if (!cart || cart.completed_at) return next()
    const problem = await orderConsentProblem(req.scope, { id: cart.id, customer_id: accountHolderOf(cart) })
    next(problem ? new MedusaError(MedusaError.Types.INVALID_DATA, problem) : undefined)
  } catch (error) {
    next(error)
  }
}
