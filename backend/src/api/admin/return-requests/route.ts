import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminReturnsListResponse } from "@ocop/core"
import { listReturns } from "../../../read-models/returns/views"
import { parseBody } from "../../parse-body"
import { ListReturns } from "../../return-actions"

/**
 * GET /admin/return-requests?status=&limit=&offset= — every return, newest first, with the refund
 * account officials transfer to (until the refund is done). Never cached.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const page = parseBody(ListReturns, req.query)
  res.setHeader("Cache-Control", "private, no-store")
  res.json((await listReturns(req.scope, {}, page, true)) as AdminReturnsListResponse)
}
