import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ReturnResponse } from "@ocop/core"
import { oneReturn } from "../../../../../../../../read-models/returns/views"
import { shipBackWorkflow } from "../../../../../../../../workflows/returns/ship-back"
import { answeringConflicts } from "../../../../../../../answering-conflicts"
import { parseBody } from "../../../../../../../parse-body"
import { StoreShipBackReturn } from "../../validators"

/**
 * POST /store/ocop/orders/:id/returns/:return_id/ship-back — `{carrier, tracking_number}` of the
 * parcel the shopper sent back, once the return is accepted (else 409). Another order's return: 404.
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const body = parseBody(StoreShipBackReturn, req.body)
  const owner = { order_id: req.params.id }
  await answeringConflicts(res, async () => {
    await shipBackWorkflow(req.scope).run({ input: { id: req.params.return_id, ...owner, ...body } })
    res.setHeader("Cache-Control", "private, no-store")
    res.json({ return: (await oneReturn(req.scope, req.params.return_id, owner, false))! } satisfies ReturnResponse)
  })
}
