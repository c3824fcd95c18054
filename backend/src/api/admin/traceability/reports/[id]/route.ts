import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { CounterfeitReportDetail, CounterfeitReportResponse } from "@ocop/core"
import { reportById, reportDetail } from "../../../../../read-models/traceability/counterfeit-reports"
import { reviewCounterfeitReportWorkflow } from "../../../../../workflows/traceability/review-counterfeit-report"
import type { AdminReviewReportType } from "../../validators"

/**
 * GET /admin/traceability/reports/:id — the report, its photo's address and, when it names a
 * registered serial, that serial's scan history and clone flags.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.setHeader("Cache-Control", "private, no-store")
  res.json((await reportDetail(req.scope, req.params.id)) satisfies CounterfeitReportDetail)
}

/** POST /admin/traceability/reports/:id — sets the report's status and the official's note. */
export async function POST(req: AuthenticatedMedusaRequest<AdminReviewReportType>, res: MedusaResponse) {
  const { status, note } = req.validatedBody
  await reviewCounterfeitReportWorkflow(req.scope).run({
    input: { id: req.params.id, status, ...(note !== undefined ? { official_note: note || null } : {}) },
  })
  res.json({ report: await reportById(req.scope, req.params.id) } satisfies CounterfeitReportResponse)
}
