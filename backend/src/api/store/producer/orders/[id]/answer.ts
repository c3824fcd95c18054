import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ProducerOrderResponse } from "@ocop/core"
import type { Membership } from "../../../../../modules/producer/service"
import { producerOrderDetail } from "../../../../../read-models/producer-orders/orders"

/** Every action answers with the part as it now is. */
export async function answerWithPart(req: AuthenticatedMedusaRequest, res: MedusaResponse, membership: Membership) {
  res.setHeader("Cache-Control", "private, no-store")
  res.json({
    order: await producerOrderDetail(req.scope, membership.producer_id, req.params.id),
  } satisfies ProducerOrderResponse)
}
