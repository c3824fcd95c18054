import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreSalesPointList } from "@ocop/core"
import { listSalesPoints, salesPointProducts } from "../../../../read-models/trade/sales-points"
import type { StoreListSalesPointsType } from "../validators"

/**
 * GET /store/trade/sales-points?type=&commune_code=&locale= — the OCOP sales points and what each
 * stocks, in English for `locale=en-US`.
 */
export async function GET(req: MedusaRequest<unknown, StoreListSalesPointsType>, res: MedusaResponse) {
  const points = await listSalesPoints(req.scope, req.validatedQuery, req.locale)
  const sales_points = await Promise.all(
    points.map(async (p) => ({ ...p, products: await salesPointProducts(req.scope, p.stock_location_id, req.locale) })),
  )
  res.setHeader("Cache-Control", "public, max-age=300")
  res.json({ sales_points } satisfies StoreSalesPointList)
}
