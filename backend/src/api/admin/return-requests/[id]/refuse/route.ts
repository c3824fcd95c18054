import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { decideReturnWorkflow } from "../../../../../workflows/returns/decide-return"
import { answeringConflicts } from "../../../../answering-conflicts"
import { parseBody } from "../../../../parse-body"
import { RefuseReturn } from "../../../../return-actions"
import { answerWithReturn } from "../answer"

/** POST /admin/return-requests/:id/refuse — `{reason}`: an official refuses; nothing of the order changes (409 once decided). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const body = parseBody(RefuseReturn, req.body)
  await answeringConflicts(res, async () => {
    await decideReturnWorkflow(req.scope).run({
      input: { id: req.params.id, accept: false, note: body.reason, by: req.auth_context.actor_id },
    })
    await answerWithReturn(req, res)
  })
}
