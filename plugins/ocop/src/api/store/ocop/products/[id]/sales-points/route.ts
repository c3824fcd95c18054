import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

type Level = { location_id: string; available_quantity: number }

/**
 * "Where to buy": the OCOP sales points (stock locations other than the warehouse) that have a
 * listed product in stock, with what is available there. Stock is Medusa's own inventory.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [product],
  } = await query.graph({
    entity: "product",
    filters: { id: req.params.id, status: "published" },
    fields: ["id", "variants.inventory_items.inventory.location_levels.*"],
  })
  if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No product for sale with id ${req.params.id}`)
  const available = new Map<string, number>()
  for (const variant of product.variants ?? []) {
    for (const item of variant?.inventory_items ?? []) {
      for (const level of (item?.inventory?.location_levels ?? []) as Level[]) {
        const qty = Number(level.available_quantity ?? 0)
        if (qty > 0) available.set(level.location_id, (available.get(level.location_id) ?? 0) + qty)
      }
    }
  }
  const { data: locations } = available.size
    ? await query.graph({
        entity: "stock_location",
        filters: { id: [...available.keys()] },
        fields: ["id", "name", "address.address_1", "address.city", "metadata"],
      })
    : { data: [] }
  const sales_points = locations
    .filter((l) => (l.metadata as { type?: string } | null)?.type !== "warehouse")
    .map((l) => {
      const meta = (l.metadata ?? {}) as { key?: string; type?: string; latitude?: number; longitude?: number }
      return {
        id: l.id,
        key: meta.key ?? null,
        name: l.name,
        type: meta.type ?? null,
        address: [l.address?.address_1, l.address?.city].filter(Boolean).join(", "),
        latitude: meta.latitude ?? null,
        longitude: meta.longitude ?? null,
        available_quantity: available.get(l.id) ?? 0,
      }
    })
    .sort((a, b) => a.name.localeCompare(b.name, "vi"))
  res.setHeader("Cache-Control", "public, max-age=300")
  res.json({ sales_points })
}
