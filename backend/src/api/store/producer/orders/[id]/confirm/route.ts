import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { producerMembership } from "../../../../../../access/producer"
import { confirmPartWorkflow } from "../../../../../../workflows/producer-orders/confirm-part"
import { parseBody } from "../../../../../parse-body"
import { StoreEmptyBody } from "../../validators"
import { answeringConflicts } from "../../../../../answering-conflicts"
import { answerWithPart } from "../answer"

/** POST /store/producer/orders/:id/confirm — the producer will supply its part (from new only; else 409). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const membership = producerMembership(res)
  parseBody(StoreEmptyBody, req.body)
  // A part moved meanwhile is a 409 saying its state (Medusa would say only "conflict").
  await answeringConflicts(res, async () => {
    await confirmPartWorkflow(req.scope).run({
      input: { id: req.params.id, producer_id: membership.producer_id, by: req.auth_context.actor_id },
    })
    await answerWithPart(req, res, membership)
  })
}
