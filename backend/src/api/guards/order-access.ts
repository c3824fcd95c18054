import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { ORDER_ACCESS_HEADER } from "@ocop/core"
import { orderAccessSecret, verifyOrderToken } from "../../access/order-token"

type MaybeAuthenticated = MedusaRequest & { auth_context?: { actor_type?: string; actor_id?: string } }

/** Whether the order is this customer's: the customer is part of the query, not checked after it. */
async function ownsOrder(req: MedusaRequest, orderId: string, customerId: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id"],
    filters: { id: orderId, customer_id: customerId },
  })
  return data.length > 0
}

/**
 * Medusa's store routes that show or act on one order by its id answer only the order's own
 * customer, or a caller holding an order-access token for it (a guest from the confirmation link or
 * the order lookup), sent in a header so that it stays out of access logs. Anyone else is told the
 * order does not exist, exactly as for an unknown id, so an order id learnt elsewhere opens nothing
 * and confirms nothing (docs/security.md). `orderIdOf` says where the route names the order.
 */
export const orderAccessBy =
  (orderIdOf: (req: MedusaRequest) => unknown) =>
  async (req: MaybeAuthenticated, _res: MedusaResponse, next: MedusaNextFunction) => {
    const orderId = orderIdOf(req)
    // No id to check: the route's own validation answers 400.
    if (typeof orderId !== "string") return next()
    try {
      if (verifyOrderToken(orderAccessSecret(), orderId, req.headers[ORDER_ACCESS_HEADER])) return next()
      const actor = req.auth_context
      if (actor?.actor_type === "customer" && actor.actor_id && (await ownsOrder(req, orderId, actor.actor_id)))
        return next()
      next(new MedusaError(MedusaError.Types.NOT_FOUND, `Order id not found: ${orderId}`))
    } catch (error) {
      next(error)
    }
  }

/** The order named in the route's address (`/store/orders/:id`). */
export const orderAccess = orderAccessBy((req) => req.params.id)
/** The order a return is asked for (`POST /store/returns`, `order_id` in the body). */
export const returnOrderAccess = orderAccessBy((req) => (req.body as { order_id?: unknown } | undefined)?.order_id)
