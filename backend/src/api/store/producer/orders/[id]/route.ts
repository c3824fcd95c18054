import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ProducerOrderResponse } from "@ocop/core"
import { producerMembership } from "../../../../../access/producer"
import { producerOrderDetail } from "../../../../../read-models/producer-orders/orders"

/** GET /store/producer/orders/:id — one part with where it goes (only what shipping it needs). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const membership = producerMembership(res)
  res.setHeader("Cache-Control", "private, no-store")
  res.json({
    order: await producerOrderDetail(req.scope, membership.producer_id, req.params.id),
  } satisfies ProducerOrderResponse)
}
