import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminSettlementResponse, AdminSettlementRunResponse } from "@ocop/core"
import { monthSettlement } from "../../../../read-models/settlement/statements"
import { runSettlementWorkflow } from "../../../../workflows/settlement/run-settlement"
import { parseBody } from "../../../parse-body"
import { AdminSettlementMonth } from "./validators"

/** GET /admin/producers/settlements?month= — a month's statements, producers named, with payout accounts. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { month } = parseBody(AdminSettlementMonth, req.query)
  res.json({ month, statements: await monthSettlement(req.scope, month) } satisfies AdminSettlementResponse)
}

/** POST /admin/producers/settlements — `{month}`: runs the month (open statements recomputed, paid kept). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { month } = parseBody(AdminSettlementMonth, req.body)
  const { result } = await runSettlementWorkflow(req.scope).run({ input: { month } })
  res.json(result satisfies AdminSettlementRunResponse)
}
