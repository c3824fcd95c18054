import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { SalesPointStockList } from "@ocop/core"
import { salesPointsStocking } from "../../../../../../read-models/trade/sales-points"

/**
 * Where to buy a listed product: the OCOP sales points with it in stock (`lib/trade/sales-points.ts`),
 * in English for `locale=en-US`.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const sales_points = await salesPointsStocking(req.scope, req.params.id, req.locale)
  if (!sales_points) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No product for sale with id ${req.params.id}`)
  res.setHeader("Cache-Control", "public, max-age=300")
  res.json({ sales_points } satisfies SalesPointStockList)
}
