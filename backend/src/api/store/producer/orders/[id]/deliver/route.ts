import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { producerMembership } from "../../../../../../access/producer"
import { deliverPartWorkflow } from "../../../../../../workflows/producer-orders/deliver-part"
import { parseBody } from "../../../../../parse-body"
import { StoreEmptyBody } from "../../validators"
import { answeringConflicts } from "../../../../../answering-conflicts"
import { answerWithPart } from "../answer"

/** POST /store/producer/orders/:id/deliver — a shipped part reached the shopper; the shopper is e-mailed. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const membership = producerMembership(res)
  parseBody(StoreEmptyBody, req.body)
  // A part moved meanwhile is a 409 saying its state (Medusa would say only "conflict").
  await answeringConflicts(res, async () => {
    await deliverPartWorkflow(req.scope).run({
      input: { id: req.params.id, producer_id: membership.producer_id, by: req.auth_context.actor_id },
    })
    await answerWithPart(req, res, membership)
  })
}
