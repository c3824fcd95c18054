import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { SalesPointList, SalesPointResponse } from "@ocop/core"
import { listSalesPoints } from "../../../../read-models/trade/sales-points"
import { saveSalesPointWorkflow } from "../../../../workflows/trade/sales-points/save-sales-point"
import type { AdminSaveSalesPointType } from "../validators"

/** GET /admin/trade/sales-points — every OCOP sales point with its stock location's name and address. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ sales_points: await listSalesPoints(req.scope) } satisfies SalesPointList)
}

/** POST /admin/trade/sales-points — makes a stock location an OCOP sales point. */
export async function POST(req: AuthenticatedMedusaRequest<AdminSaveSalesPointType>, res: MedusaResponse) {
  const { result } = await saveSalesPointWorkflow(req.scope).run({ input: { point: req.validatedBody } })
  const [point] = await listSalesPoints(req.scope, { key: result.key as string })
  res.status(201).json({ sales_point: point } satisfies SalesPointResponse)
}
