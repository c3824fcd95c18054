import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { producerMembership } from "../../../../../../access/producer"
import { statementPdf } from "../../../../../../read-models/settlement/statement-pdf"
import { producerStatement } from "../../../../../../read-models/settlement/statements"
import { parseBody } from "../../../../../parse-body"
import { StoreStatementPdf } from "../../validators"

/** GET /store/producer/statements/:id/pdf?lang= — the statement as a PDF, in Vietnamese or English. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const membership = producerMembership(res)
  const { lang } = parseBody(StoreStatementPdf, req.query)
  const data = await producerStatement(req.scope, membership.producer_id, req.params.id)
  res.setHeader("Cache-Control", "private, no-store")
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `attachment; filename="statement-${data.statement.month}.pdf"`)
  res.send(Buffer.from(await statementPdf(data, lang)))
}
