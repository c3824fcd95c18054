import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminPriceChangesResponse } from "@ocop/core"
import { producerOf } from "../../../../workflows/producer/steps/producer-of"
import type { AdminListPriceChangesType } from "../validators"

/** GET /admin/producers/price-changes?product_id=&producer_id= — producers' price changes, newest first (500 at most). */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListPriceChangesType>, res: MedusaResponse) {
  const { product_id, producer_id } = req.validatedQuery
  const rows = await producerOf(req.scope).listProducerPriceChanges(
    { ...(product_id ? { product_id } : {}), ...(producer_id ? { producer_id } : {}) },
    { order: { created_at: "DESC" }, take: 500 },
  )
  res.json({
    price_changes: rows.map((h) => ({
      producer_id: h.producer_id,
      product_id: h.product_id,
      variant_id: h.variant_id,
      old_amount: h.old_amount == null ? null : Number(h.old_amount),
      new_amount: Number(h.new_amount),
      changed_by: h.changed_by,
      changed_at: new Date(h.created_at).toISOString(),
    })),
  } satisfies AdminPriceChangesResponse)
}
