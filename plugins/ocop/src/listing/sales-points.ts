import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

type Level = { location_id: string; available_quantity: number }

export type SalesPointStock = {
  id: string
  key: string | null
  name: string
  type: string | null
  address: string
  latitude: number | null
  longitude: number | null
  available_quantity: number
}

/**
 * "Where to buy": the OCOP sales points (stock locations other than the warehouse) that have a
 * listed product in stock, with what is available there, from Medusa's own inventory. Null when
 * the product is not for sale. Shared by the store route and the traceability scan page.
 */
export async function salesPointsStocking(
  container: MedusaContainer,
  productId: string,
): Promise<SalesPointStock[] | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [product],
  } = await query.graph({
    entity: "product",
    filters: { id: productId, status: "published" },
    fields: ["id", "variants.inventory_items.inventory.location_levels.*"],
  })
  if (!product) return null
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
  return locations
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
}
