import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ShipmentsResponse } from "@ocop/core"
import { orderShipments } from "../../../../../../read-models/producer-orders/shipments"

/**
 * GET /store/ocop/orders/:id/shipments — the order's shipments, one per producer. Behind the same
 * guard as Medusa's `GET /store/orders/:id`: the order's customer or an order-access token's holder.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.setHeader("Cache-Control", "private, no-store")
  res.json({ shipments: await orderShipments(req.scope, req.params.id) } satisfies ShipmentsResponse)
}
