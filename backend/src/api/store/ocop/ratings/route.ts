import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ProductRatingsResponse } from "@ocop/core"
import { listedRatings } from "../../../../read-models/reviews/listed-ratings"
import type { StoreProductRatings } from "./validators"

/**
 * GET /store/ocop/ratings?ids=prod_a,prod_b — the approved reviews' summary of each listed product of
 * a list that has any (the tiles' stars and count), and of them all together (a producer's stall).
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { ids } = req.validatedQuery as StoreProductRatings
  res.json((await listedRatings(req.scope, ids)) satisfies ProductRatingsResponse)
}
