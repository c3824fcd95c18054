import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ScanStatsResponse } from "@ocop/core"
import { TRACEABILITY_MODULE } from "../../../../modules/traceability"
import type TraceabilityModuleService from "../../../../modules/traceability/service"

/** GET /admin/traceability/stats[?product_id=] — scans in total, per day (30 days), per device; clone flags. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const productId = typeof req.query.product_id === "string" && req.query.product_id ? req.query.product_id : null
  const service: TraceabilityModuleService = req.scope.resolve(TRACEABILITY_MODULE)
  res.json({ stats: await service.scanStats(productId) } satisfies ScanStatsResponse)
}
