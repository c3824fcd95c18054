import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"

import { answeringConflicts } from "../../../../answering-conflicts"
import { parseBody } from "../../../../parse-body"
import { EmptyBody, receiveAndRefund } from "../../../../return-actions"
import { answerWithReturn } from "../answer"

/** POST /admin/return-requests/:id/receive — `{}`: the parcel is back (Medusa's receive), a card refunded through Stripe. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  parseBody(EmptyBody, req.body)
  await answeringConflicts(res, async () => {
    await receiveAndRefund(req.scope, { id: req.params.id, by: req.auth_context.actor_id })
    await answerWithReturn(req, res)
  })
}
