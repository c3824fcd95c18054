import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ReturnsListResponse } from "@ocop/core"
import { producerMembership } from "../../../../access/producer"
import { listReturns } from "../../../../read-models/returns/views"
import { parseBody } from "../../../parse-body"
import { ListReturns } from "../../../return-actions"

/** GET /store/producer/returns?status=&limit=&offset= — returns of the producer's own shipments, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const membership = producerMembership(res)
  const page = parseBody(ListReturns, req.query)
  res.setHeader("Cache-Control", "private, no-store")
  res.json(
    (await listReturns(req.scope, { producer_id: membership.producer_id }, page, false)) satisfies ReturnsListResponse,
  )
}
