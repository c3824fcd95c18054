import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { bankBatchCsv } from "../../../../../read-models/settlement/files"
import { monthSettlement } from "../../../../../read-models/settlement/statements"
import { parseBody } from "../../../../parse-body"
import { AdminSettlementMonth } from "../validators"

/** GET /admin/producers/settlements/batch?month= — the bank batch file (CSV) of the month's payouts still due. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { month } = parseBody(AdminSettlementMonth, req.query)
  const csv = bankBatchCsv(month, await monthSettlement(req.scope, month))
  res.setHeader("Cache-Control", "private, no-store")
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="payouts-${month}.csv"`)
  res.send(csv)
}
