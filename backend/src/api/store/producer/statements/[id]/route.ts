import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ProducerStatementResponse } from "@ocop/core"
import { producerMembership } from "../../../../../access/producer"
import { producerStatement } from "../../../../../read-models/settlement/statements"

/** GET /store/producer/statements/:id — one statement and the delivered lines it counts. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const membership = producerMembership(res)
  res.setHeader("Cache-Control", "private, no-store")
  res.json(
    (await producerStatement(req.scope, membership.producer_id, req.params.id)) satisfies ProducerStatementResponse,
  )
}
