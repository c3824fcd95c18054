import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { SalesPointStock } from "@ocop/core"
import { readListings } from "@ocop/plugin"
import { listSalesPoints } from "../trade/sales-points"

type Level = { location_id: string; available_quantity: number }
type Row = {
  id: string
  variants?: ({ inventory_items?: ({ inventory?: { location_levels?: Level[] } | null } | null)[] } | null)[]
}

/**
 * "Where to buy" a producer's products: the OCOP sales points holding any of its listed products now,
 * with how many units of them (Medusa's inventory levels at each point's stock location). Null when
 * no producer has this key or it has nothing on sale, as its public page.
 */
export async function stallSalesPoints(
  container: MedusaContainer,
  key: string,
  locale?: string,
): Promise<SalesPointStock[] | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: subjects } = await query.graph({
    entity: "subject",
    fields: ["products.id"],
    filters: { key },
  })
  const ids = ((subjects[0]?.products ?? []) as ({ id: string } | null)[]).flatMap((p) => (p ? [p.id] : []))
  const listed = [...(await readListings(container, ids)).values()].filter((l) => l.listed).map((l) => l.product_id)
  if (!listed.length) return null
  const { data } = await query.graph({
    entity: "product",
    filters: { id: listed },
    fields: ["id", "variants.inventory_items.inventory.location_levels.*"],
  })
  const available = new Map<string, number>()
  for (const product of data as Row[])
    for (const variant of product.variants ?? [])
      for (const item of variant?.inventory_items ?? [])
        for (const level of item?.inventory?.location_levels ?? []) {
          const qty = Number(level.available_quantity ?? 0)
          if (qty > 0) available.set(level.location_id, (available.get(level.location_id) ?? 0) + qty)
        }
  if (!available.size) return []
  const points = await listSalesPoints(container, { stock_location_id: [...available.keys()] }, locale)
  return points.map((p) => ({ ...p, available_quantity: available.get(p.stock_location_id) ?? 0 }))
}
