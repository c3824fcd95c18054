import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { producerMembership } from "../../../../../../access/producer"
import { statementCsv } from "../../../../../../read-models/settlement/files"
import { producerStatement } from "../../../../../../read-models/settlement/statements"

/** GET /store/producer/statements/:id/csv — the statement as a CSV file: totals, then every line it counts. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const membership = producerMembership(res)
  const data = await producerStatement(req.scope, membership.producer_id, req.params.id)
  res.setHeader("Cache-Control", "private, no-store")
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="statement-${data.statement.month}.csv"`)
  res.send(statementCsv(data))
}
