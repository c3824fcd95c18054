import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { producerMembership } from "../../../../../../access/producer"
import { shipPartWorkflow } from "../../../../../../workflows/producer-orders/ship-part"
import { parseBody } from "../../../../../parse-body"
import { StoreShipProducerOrder } from "../../validators"
import { answeringConflicts } from "../../../../../answering-conflicts"
import { answerWithPart } from "../answer"

/**
 * POST /store/producer/orders/:id/ship — `{carrier, tracking_number}`: the part leaves as one Medusa
 * fulfilment with the tracking number; the shopper is e-mailed. 409 if it has shipped already.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const membership = producerMembership(res)
  const body = parseBody(StoreShipProducerOrder, req.body)
  // A part moved meanwhile is a 409 saying its state (Medusa would say only "conflict").
  await answeringConflicts(res, async () => {
    await shipPartWorkflow(req.scope).run({
      input: { id: req.params.id, producer_id: membership.producer_id, by: req.auth_context.actor_id, ...body },
    })
    await answerWithPart(req, res, membership)
  })
}
