import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { payStatementWorkflow } from "../../../../../../workflows/settlement/pay-statement"
import { answeringConflicts } from "../../../../../answering-conflicts"
import { parseBody } from "../../../../../parse-body"
import { AdminPayStatement } from "../../../settlements/validators"

/**
 * POST /admin/producers/statements/:id/paid — `{reference}`: the transfer that paid it. Its figures
 * are computed from the orders once more and frozen; 409 when it was paid already.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { reference } = parseBody(AdminPayStatement, req.body)
  // Paid already is a 409 saying when (Medusa would say only "conflict").
  await answeringConflicts(res, async () => {
    const { result } = await payStatementWorkflow(req.scope).run({
      input: { id: req.params.id, reference, by: req.auth_context.actor_id },
    })
    res.json({ statement: { id: result.id, status: "paid", paid_reference: reference } })
  })
}
