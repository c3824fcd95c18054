import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { SalesPointStockList } from "@ocop/core"
import { stallSalesPoints } from "../../../../../../read-models/producer-stall/sales-points"

/**
 * GET /store/ocop/producers/:key/sales-points — where to buy a producer's listed products: the OCOP
 * sales points holding them, in English for `locale=en-US`. 404 as the producer's page when it has
 * nothing on sale.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const sales_points = await stallSalesPoints(req.scope, req.params.key, req.locale)
  if (!sales_points)
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No producer with products for sale at "${req.params.key}"`)
  res.setHeader("Cache-Control", "public, max-age=300")
  res.json({ sales_points } satisfies SalesPointStockList)
}
