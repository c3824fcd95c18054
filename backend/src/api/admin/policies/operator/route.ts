import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { OperatorView } from "@ocop/core"
import { readOperator } from "../../../../read-models/legal"
import { saveOperatorWorkflow } from "../../../../workflows/legal/save-operator"
import type { AdminSaveOperatorType } from "../validators"

/** POST /admin/policies/operator — an official saves the operator's details; the footer follows. */
export async function POST(req: AuthenticatedMedusaRequest<AdminSaveOperatorType>, res: MedusaResponse) {
  await saveOperatorWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ operator: (await readOperator(req.scope)) as OperatorView } satisfies { operator: OperatorView })
}
