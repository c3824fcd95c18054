import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminPriceChangesResponse } from "@ocop/core"
import { productRows } from "../../../../read-models/producer-catalogue/products"
import { producerOf } from "../../../../workflows/producer/steps/producer-of"
import type { AdminListPriceChangesType } from "../validators"

/** GET /admin/producers/price-changes?product_id=&producer_id= — producers' price changes, newest first (500 at most). */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListPriceChangesType>, res: MedusaResponse) {
  const { product_id, producer_id } = req.validatedQuery
  const rows = await producerOf(req.scope).listProducerPriceChanges(
    { ...(product_id ? { product_id } : {}), ...(producer_id ? { producer_id } : {}) },
    { order: { created_at: "DESC" }, take: 500 },
  )
  const products = await productRows(req.scope, [...new Set(rows.map((h) => h.product_id))])
  res.json({
    price_changes: rows.map((h) => {
      const p = products.find((x) => x.id === h.product_id)
      return {
        producer_id: h.producer_id,
        product: { id: h.product_id, title: p?.title ?? "", handle: p?.handle ?? "" },
        variant_title: p?.variants?.find((v) => v.id === h.variant_id)?.title ?? "",
        variant_id: h.variant_id,
        old_amount: h.old_amount == null ? null : Number(h.old_amount),
        new_amount: Number(h.new_amount),
        changed_by: h.changed_by,
        changed_at: new Date(h.created_at).toISOString(),
      }
    }),
  } satisfies AdminPriceChangesResponse)
}
