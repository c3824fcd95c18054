import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { CartListingResponse } from "@ocop/core"
import { readVariantsOnSale } from "../../../../../../listing/variants-on-sale"

type CartRow = {
  id: string
  sales_channel_id: string | null
  items?: ({ id: string; variant_id: string | null } | null)[]
}

/**
 * GET /store/ocop/carts/:id/listing — which lines of a cart the gate would refuse now, so the shop
 * can say so before checkout instead of failing at the order. Like Medusa's own cart routes, the
 * cart's id is what opens it; the answer names no product and nothing personal.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "sales_channel_id", "items.id", "items.variant_id"],
    filters: { id: req.params.id },
  })
  const cart = (data as CartRow[])[0]
  if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart ${req.params.id} was not found`)
  const items = (cart.items ?? []).filter((i): i is { id: string; variant_id: string | null } => Boolean(i))
  const verdicts = await readVariantsOnSale(
    req.scope,
    items.map((i) => i.variant_id ?? ""),
    cart.sales_channel_id,
  )
  const byVariant = new Map(verdicts.map((v) => [v.variant_id, v]))
  res.json({
    items: items.map((i) => {
      const verdict = i.variant_id ? byVariant.get(i.variant_id) : undefined
      return verdict
        ? { id: i.id, on_sale: verdict.on_sale, reason: verdict.reason }
        : { id: i.id, on_sale: false, reason: "unknown" }
    }),
  } satisfies CartListingResponse)
}
