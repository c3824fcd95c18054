import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreSalesPointList } from "@ocop/core"
import { listSalesPoints, salesPointProducts } from "../../../../read-models/trade/sales-points"
import type { StoreListSalesPointsType } from "../validators"

/** GET /store/trade/sales-points?type=&commune_code= — the OCOP sales points and what each stocks. */
export async function GET(req: MedusaRequest<unknown, StoreListSalesPointsType>, res: MedusaResponse) {
  const points = await listSalesPoints(req.scope, req.validatedQuery)
  const sales_points = await Promise.all(
    points.map(async (p) => ({ ...p, products: await salesPointProducts(req.scope, p.stock_location_id) })),
  )
  res.setHeader("Cache-Control", "public, max-age=300")
  res.json({ sales_points } satisfies StoreSalesPointList)
}
