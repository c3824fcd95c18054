import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { ReturnResponse } from "@ocop/core"
import type { Membership } from "../../../../../modules/producer/service"
import { oneReturn } from "../../../../../read-models/returns/views"

/** Every producer action answers with the return as it now is; never the shopper's refund account. */
export async function answerWithReturn(req: AuthenticatedMedusaRequest, res: MedusaResponse, membership: Membership) {
  const found = await oneReturn(req.scope, req.params.id, { producer_id: membership.producer_id }, false)
  if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, "No such return")
  res.setHeader("Cache-Control", "private, no-store")
  res.json({ return: found } satisfies ReturnResponse)
}
