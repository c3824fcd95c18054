import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { producerMembership } from "../../../../../../access/producer"
import { decideReturnWorkflow } from "../../../../../../workflows/returns/decide-return"
import { answeringConflicts } from "../../../../../answering-conflicts"
import { parseBody } from "../../../../../parse-body"
import { AcceptReturn } from "../../../../../return-actions"
import { answerWithReturn } from "../answer"

/** POST /store/producer/returns/:id/accept — `{note?}`: opens Medusa's return for the lines (409 once decided). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const membership = producerMembership(res)
  const body = parseBody(AcceptReturn, req.body)
  await answeringConflicts(res, async () => {
    await decideReturnWorkflow(req.scope).run({
      input: {
        id: req.params.id,
        producer_id: membership.producer_id,
        accept: true,
        note: body.note || null,
        by: req.auth_context.actor_id,
      },
    })
    await answerWithReturn(req, res, membership)
  })
}
