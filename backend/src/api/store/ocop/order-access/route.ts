import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { sendGrant } from "./grant"
import type { StoreOrderAccessByCartType } from "./validators"

/** A guest's cart id is their secret only while they are still at checkout. */
const COMPLETED_WITHIN_MS = 60 * 60 * 1000

/**
 * The confirmation link's token, right after checkout: the cart id (held in the shopper's httpOnly
 * cookie, never shown) proves the caller placed the order, for an hour after completion.
 */
export async function POST(req: MedusaRequest<StoreOrderAccessByCartType>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "completed_at", "order.id"],
    filters: { id: req.validatedBody.cart_id },
  })
  const cart = data[0] as { completed_at?: string | Date | null; order?: { id: string } | null } | undefined
  const completedAt = cart?.completed_at ? new Date(cart.completed_at).getTime() : NaN
  if (!cart?.order || !(Date.now() - completedAt <= COMPLETED_WITHIN_MS))
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "No order was placed from this cart in the last hour")
  sendGrant(res, cart.order.id)
}
