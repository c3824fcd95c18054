import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { producerMembership } from "../../../../../../../../access/producer"
import { cancelLineWorkflow } from "../../../../../../../../workflows/producer-orders/cancel-line"
import { parseBody } from "../../../../../../../parse-body"
import { StoreCancelProducerLine } from "../../../../validators"
import { answeringConflicts } from "../../../../../../../answering-conflicts"
import { answerWithPart } from "../../../answer"

/**
 * POST /store/producer/orders/:id/lines/:line_id/cancel — `{reason}`: a line the producer cannot
 * supply, before its part ships (else 409). The order is edited, the shopper refunded where it paid
 * and told why.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const membership = producerMembership(res)
  const { reason } = parseBody(StoreCancelProducerLine, req.body)
  // A part moved meanwhile is a 409 saying its state (Medusa would say only "conflict").
  await answeringConflicts(res, async () => {
    await cancelLineWorkflow(req.scope).run({
      input: {
        part_id: req.params.id,
        line_id: req.params.line_id,
        producer_id: membership.producer_id,
        reason,
        by: req.auth_context.actor_id,
      },
    })
    await answerWithPart(req, res, membership)
  })
}
