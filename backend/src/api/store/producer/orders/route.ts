import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ProducerOrdersResponse } from "@ocop/core"
import { producerMembership } from "../../../../access/producer"
import { producerOrders } from "../../../../read-models/producer-orders/orders"
import { parseBody } from "../../../parse-body"
import { StoreListProducerOrders } from "./validators"

/** GET /store/producer/orders — the producer's parts of orders, newest first, only its own lines. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const membership = producerMembership(res)
  const page = parseBody(StoreListProducerOrders, req.query)
  res.setHeader("Cache-Control", "private, no-store")
  res.json((await producerOrders(req.scope, membership.producer_id, page)) satisfies ProducerOrdersResponse)
}
