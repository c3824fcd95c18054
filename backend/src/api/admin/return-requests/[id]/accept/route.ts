import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { decideReturnWorkflow } from "../../../../../workflows/returns/decide-return"
import { answeringConflicts } from "../../../../answering-conflicts"
import { parseBody } from "../../../../parse-body"
import { AcceptReturn } from "../../../../return-actions"
import { answerWithReturn } from "../answer"

/** POST /admin/return-requests/:id/accept — `{note?}`: an official accepts (409 once decided). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const body = parseBody(AcceptReturn, req.body)
  await answeringConflicts(res, async () => {
    await decideReturnWorkflow(req.scope).run({
      input: { id: req.params.id, accept: true, note: body.note || null, by: req.auth_context.actor_id },
    })
    await answerWithReturn(req, res)
  })
}
