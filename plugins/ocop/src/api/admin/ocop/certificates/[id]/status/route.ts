import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sent, type CertificateResponse } from "@ocop/core"
import { changeCertificateStatusWorkflow } from "../../../../../../workflows/certificates/change-certificate-status"
import type { AdminChangeCertificateStatusType } from "../../validators"

/** POST /admin/ocop/certificates/:id/status — revoke, suspend or reinstate, with the official decision. */
export async function POST(req: AuthenticatedMedusaRequest<AdminChangeCertificateStatusType>, res: MedusaResponse) {
  const body = req.validatedBody
  const { result } = await changeCertificateStatusWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      status: body.status,
      reason_code: "reason_code" in body ? body.reason_code : null,
      decision_number: body.decision_number,
      decision_date: body.decision_date,
    },
  })
  res.json({ certificate: sent(result) } satisfies CertificateResponse)
}
