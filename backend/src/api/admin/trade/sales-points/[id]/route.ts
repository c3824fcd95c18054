import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { DeletedResponse, SalesPointResponse } from "@ocop/core"
import { tradeService } from "../../../../../access/trade"
import { listSalesPoints } from "../../../../../read-models/trade/sales-points"
import { saveSalesPointWorkflow } from "../../../../../workflows/trade/sales-points/save-sales-point"
import type { AdminSaveSalesPointType } from "../../validators"

/** POST /admin/trade/sales-points/:id — updates a sales point's facts. */
export async function POST(req: AuthenticatedMedusaRequest<AdminSaveSalesPointType>, res: MedusaResponse) {
  await tradeService(req.scope).retrieveSalesPoint(req.params.id)
  const { result } = await saveSalesPointWorkflow(req.scope).run({
    input: { id: req.params.id, point: req.validatedBody },
  })
  const [point] = await listSalesPoints(req.scope, { key: result.key as string })
  res.json({ sales_point: point } satisfies SalesPointResponse)
}

/** DELETE /admin/trade/sales-points/:id — the location stops being an OCOP sales point (its stock stays). */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const trade = tradeService(req.scope)
  await trade.retrieveSalesPoint(req.params.id)
  await trade.softDeleteSalesPoints(req.params.id)
  res.json({ id: req.params.id, object: "sales_point", deleted: true } satisfies DeletedResponse<"sales_point">)
}
