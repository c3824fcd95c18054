import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ReportReason } from "@ocop/core"
import { TRACEABILITY_MODULE } from "../../../modules/traceability"
import type TraceabilityModuleService from "../../../modules/traceability/service"

export type NewCounterfeitReport = {
  code_path: string
  token_state: string
  product_id: string
  lot_id: string | null
  serial_id: string | null
  reason: ReportReason
  details: string | null
  place: string | null
  contact: string | null
  photo_file_id: string | null
  locale: "vi" | "en"
}

export const createCounterfeitReportStepId = "create-counterfeit-report"
/** Records a visitor's report; undone by deleting it. */
export const createCounterfeitReportStep = createStep(
  createCounterfeitReportStepId,
  async (input: NewCounterfeitReport, { container }) => {
    const service: TraceabilityModuleService = container.resolve(TRACEABILITY_MODULE)
    const report = await service.createCounterfeitReports(input)
    return new StepResponse(report, report.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE).deleteCounterfeitReports(id)
  },
)
