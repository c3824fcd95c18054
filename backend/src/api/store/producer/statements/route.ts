import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ProducerStatementsResponse } from "@ocop/core"
import { producerMembership } from "../../../../access/producer"
import { producerStatements } from "../../../../read-models/settlement/statements"

/** GET /store/producer/statements — the producer's monthly statements, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const membership = producerMembership(res)
  res.setHeader("Cache-Control", "private, no-store")
  res.json({
    statements: await producerStatements(req.scope, membership.producer_id),
  } satisfies ProducerStatementsResponse)
}
