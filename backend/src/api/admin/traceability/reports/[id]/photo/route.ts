import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendReportPhoto } from "../../../../../../read-models/traceability/counterfeit-reports"

/** GET /admin/traceability/reports/:id/photo — the report's photo (WebP), to officials only. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await sendReportPhoto(req.scope, req.params.id, res)
}
