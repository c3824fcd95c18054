import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { AdminReturnResponse } from "@ocop/core"
import { oneReturn } from "../../../../read-models/returns/views"

/** Every official's action answers with the return as it now is. */
export async function answerWithReturn(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const found = await oneReturn(req.scope, req.params.id, {}, true)
  if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, "No such return")
  res.setHeader("Cache-Control", "private, no-store")
  res.json({ return: found as AdminReturnResponse["return"] } satisfies AdminReturnResponse)
}
