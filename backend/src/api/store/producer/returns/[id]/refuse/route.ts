import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { producerMembership } from "../../../../../../access/producer"
import { decideReturnWorkflow } from "../../../../../../workflows/returns/decide-return"
import { answeringConflicts } from "../../../../../answering-conflicts"
import { parseBody } from "../../../../../parse-body"
import { RefuseReturn } from "../../../../../return-actions"
import { answerWithReturn } from "../answer"

/** POST /store/producer/returns/:id/refuse — `{reason}`: nothing of the order changes (409 once decided). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const membership = producerMembership(res)
  const body = parseBody(RefuseReturn, req.body)
  await answeringConflicts(res, async () => {
    await decideReturnWorkflow(req.scope).run({
      input: {
        id: req.params.id,
        producer_id: membership.producer_id,
        accept: false,
        note: body.reason,
        by: req.auth_context.actor_id,
      },
    })
    await answerWithReturn(req, res, membership)
  })
}
