import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { CounterfeitReportList } from "@ocop/core"
import { listReports } from "../../../../read-models/traceability/counterfeit-reports"
import type { AdminListReportsType } from "../validators"

/** GET /admin/traceability/reports?status= — visitors' reports of suspected counterfeits, newest first. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListReportsType>, res: MedusaResponse) {
  res.setHeader("Cache-Control", "private, no-store")
  res.json((await listReports(req.scope, req.validatedQuery)) satisfies CounterfeitReportList)
}
