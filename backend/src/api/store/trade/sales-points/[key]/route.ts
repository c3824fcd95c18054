import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { StoreSalesPointResponse } from "@ocop/core"
import { listSalesPoints, salesPointProducts } from "../../../../../read-models/trade/sales-points"

/** GET /store/trade/sales-points/:key — one sales point, its certified products in stock. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const [point] = await listSalesPoints(req.scope, { key: req.params.key }, req.locale)
  if (!point) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No sales point ${req.params.key}`)
  res.setHeader("Cache-Control", "public, max-age=300")
  res.json({
    sales_point: { ...point, products: await salesPointProducts(req.scope, point.stock_location_id, req.locale) },
  } satisfies StoreSalesPointResponse)
}
