import type { MedusaResponse } from "@medusajs/framework/http"
import type { OrderAccessGrant } from "@ocop/core"
import { orderAccessSecret, signOrderToken } from "../../../../access/order-token"

/**
 * Answers with a token for the order, valid `ttlSeconds` (a day by default), or 503 when the backend
 * has no secret to sign it with.
 */
export function sendGrant(res: MedusaResponse, orderId: string, ttlSeconds?: number) {
  const secret = orderAccessSecret()
  if (!secret) {
    res.status(503).json({ message: "Order links are not configured: set ORDER_ACCESS_SECRET on the backend." })
    return
  }
  res.setHeader("Cache-Control", "no-store")
  res.json({ order_id: orderId, ...signOrderToken(secret, orderId, Date.now(), ttlSeconds) } satisfies OrderAccessGrant)
}
