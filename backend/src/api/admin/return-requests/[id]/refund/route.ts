import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refundReturnWorkflow } from "../../../../../workflows/returns/refund-return"
import { answeringConflicts } from "../../../../answering-conflicts"
import { parseBody } from "../../../../parse-body"
import { AdminRefundReturn } from "../../validators"
import { answerWithReturn } from "../answer"

/** POST /admin/return-requests/:id/refund — `{reference}`: the bank transfer an official made for a VietQR or cash-on-delivery return, recorded as Medusa's refund; `{}` retries a card refund through Stripe. Once (409 after). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const body = parseBody(AdminRefundReturn, req.body)
  await answeringConflicts(res, async () => {
    await refundReturnWorkflow(req.scope).run({
      input: { id: req.params.id, by: req.auth_context.actor_id, reference: body.reference ?? null },
    })
    await answerWithReturn(req, res)
  })
}
