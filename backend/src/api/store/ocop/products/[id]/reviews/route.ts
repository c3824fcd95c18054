import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ProductReviewsResponse } from "@ocop/core"
import { productReviews } from "../../../../../../read-models/reviews/product-reviews"
import type { StoreProductReviews } from "./validators"

/**
 * GET /store/ocop/products/:id/reviews?sort=newest|helpful&limit=&offset= — a listed product's
 * approved reviews and their summary (count, average, distribution). Public, as the product page is;
 * a product not on sale now is a 404, so a revoked product's reviews are shown nowhere.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const page = req.validatedQuery as StoreProductReviews
  res.json((await productReviews(req.scope, req.params.id, page)) satisfies ProductReviewsResponse)
}
