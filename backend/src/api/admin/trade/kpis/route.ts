import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { kpisToCsv, type KpiReport } from "@ocop/core"
import { defaultPeriod, kpis, PLAN } from "../../../../read-models/trade/kpis"
import type { AdminKpisType } from "../validators"

/**
 * GET /admin/trade/kpis?from=&to=&format=csv — the plan's targets against actuals computed for the
 * period (this year so far by default), as JSON for the dashboard or as a CSV file.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminKpisType>, res: MedusaResponse) {
  const period = { ...defaultPeriod(), ...req.validatedQuery }
  if (period.to < period.from) throw new MedusaError(MedusaError.Types.INVALID_DATA, "from must not be after to")
  const figures = await kpis(req.scope, { from: period.from, to: period.to })
  res.setHeader("Cache-Control", "private, no-store")
  if (req.validatedQuery.format === "csv") {
    res.setHeader("Content-Type", "text/csv; charset=utf-8")
    res.setHeader("Content-Disposition", `attachment; filename="ocop-kpi-${period.from}-${period.to}.csv"`)
    res.send(kpisToCsv(figures, period))
    return
  }
  res.json({
    plan: { code: PLAN.code, date: PLAN.date, title: PLAN.title },
    period: { from: period.from, to: period.to },
    figures,
  } satisfies KpiReport)
}
