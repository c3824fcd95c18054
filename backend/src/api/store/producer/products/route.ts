import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ProducerProductsResponse } from "@ocop/core"
import { producerMembership } from "../../../../access/producer"
import { producerProducts } from "../../../../read-models/producer-catalogue/products"

/**
 * GET /store/producer/products — the products the producer's subject makes: texts in vi and en,
 * variants with VND price and shelf data, the price history and any open or returned change request.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.setHeader("Cache-Control", "private, no-store")
  const products = await producerProducts(req.scope, producerMembership(res))
  res.json({ products } satisfies ProducerProductsResponse)
}
