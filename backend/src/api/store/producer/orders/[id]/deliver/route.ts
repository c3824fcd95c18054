import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { producerMembership } from "../../../../../../access/producer"
import { deliverPartWorkflow } from "../../../../../../workflows/producer-orders/deliver-part"
import { parseBody } from "../../../parse-body"
import { StoreEmptyBody } from "../../validators"
import { answerWithPart } from "../answer"

/** POST /store/producer/orders/:id/deliver — a shipped part reached the shopper; the shopper is e-mailed. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const membership = producerMembership(res)
  parseBody(StoreEmptyBody, req.body)
  await deliverPartWorkflow(req.scope).run({
    input: { id: req.params.id, producer_id: membership.producer_id, by: req.auth_context.actor_id },
  })
  await answerWithPart(req, res, membership)
}
