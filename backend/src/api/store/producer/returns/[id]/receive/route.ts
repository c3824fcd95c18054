import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { producerMembership } from "../../../../../../access/producer"
import { answeringConflicts } from "../../../../../answering-conflicts"
import { parseBody } from "../../../../../parse-body"
import { EmptyBody, receiveAndRefund } from "../../../../../return-actions"
import { answerWithReturn } from "../answer"

/** POST /store/producer/returns/:id/receive — `{}`: the parcel is back; Medusa puts the items back in stock where the shipment left from, and a card is refunded through Stripe. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const membership = producerMembership(res)
  parseBody(EmptyBody, req.body)
  await answeringConflicts(res, async () => {
    await receiveAndRefund(req.scope, {
      id: req.params.id,
      producer_id: membership.producer_id,
      by: req.auth_context.actor_id,
    })
    await answerWithReturn(req, res, membership)
  })
}
