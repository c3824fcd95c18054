import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ReportStatus } from "@ocop/core"
import { TRACEABILITY_MODULE } from "../../../modules/traceability"
import type TraceabilityModuleService from "../../../modules/traceability/service"

export type CounterfeitReportReview = { id: string; status: ReportStatus; official_note?: string | null }

const FIELDS = ["id", "status", "official_note", "contact", "closed_at"] as const

export const reviewCounterfeitReportStepId = "review-counterfeit-report"
/**
 * Sets a report's status and the official's note. Closing it erases the visitor's contact, which is
 * kept only to call back while the report is open; reopening it leaves the contact erased.
 * Undone by writing back what it changed.
 */
export const reviewCounterfeitReportStep = createStep(
  reviewCounterfeitReportStepId,
  async (input: CounterfeitReportReview, { container }) => {
    const service: TraceabilityModuleService = container.resolve(TRACEABILITY_MODULE)
    const [before] = await service.listCounterfeitReports({ id: input.id }, { select: [...FIELDS] })
    if (!before) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No report with id ${input.id}`)
    const closing = input.status === "closed"
    const report = await service.updateCounterfeitReports({
      id: input.id,
      status: input.status,
      ...(input.official_note !== undefined ? { official_note: input.official_note } : {}),
      closed_at: closing ? (before.closed_at ?? new Date()) : null,
      ...(closing ? { contact: null } : {}),
    })
    return new StepResponse(report, before)
  },
  async (before, { container }) => {
    if (!before) return
    await container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE).updateCounterfeitReports(before)
  },
)
