import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { ProducerStockResponse, ProducerStockRow, StockLevelView } from "@ocop/core"
import { tradeService } from "../../access/trade"
import type { Membership } from "../../modules/producer/service"
import { warehouseOf } from "../../workflows/producer-stock/steps/ensure-warehouse"

type Container = Pick<MedusaContainer, "resolve">
type ProductRow = {
  id: string
  title: string
  handle: string
  variants?: {
    id: string
    title: string
    sku: string | null
    manage_inventory: boolean
    inventory_items?: { inventory_item_id: string }[] | null
  }[]
}
export type StockItem = Omit<ProducerStockRow, "warehouse" | "sales_points">

/**
 * The variants of the products the producer's OCOP subject makes (the OCOP plugin's product ↔
 * subject link, read through Medusa's Query), each with its inventory item. Ownership is this list:
 * an item is the producer's only when one of its subject's variants holds it.
 */
export async function producerItems(container: Container, subjectId: string): Promise<StockItem[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: subjects } = await query.graph({
    entity: "subject",
    fields: ["id", "products.id"],
    filters: { id: subjectId },
  })
  const ids = ((subjects[0] as { products?: ({ id: string } | null)[] } | undefined)?.products ?? [])
    .filter((p): p is { id: string } => !!p)
    .map((p) => p.id)
  if (!ids.length) return []
  const { data } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "title",
      "handle",
      "variants.id",
      "variants.title",
      "variants.sku",
      "variants.manage_inventory",
      "variants.inventory_items.inventory_item_id",
    ],
    filters: { id: ids },
  })
  return (data as ProductRow[])
    .sort((a, b) => a.title.localeCompare(b.title, "vi"))
    .flatMap((p) =>
      (p.variants ?? []).map((v) => ({
        product: { id: p.id, title: p.title, handle: p.handle },
        variant: { id: v.id, title: v.title, sku: v.sku ?? null },
        inventory_item_id: v.manage_inventory ? (v.inventory_items?.[0]?.inventory_item_id ?? null) : null,
      })),
    )
}

const levelOf = (l: { stocked_quantity: unknown; reserved_quantity: unknown }): StockLevelView => {
  const stocked = Number(l.stocked_quantity ?? 0)
  const reserved = Number(l.reserved_quantity ?? 0)
  return { stocked, reserved, available: stocked - reserved }
}

/** GET /store/producer/stock: each variant's level at the producer's warehouse and at the sales points. */
export async function producerStock(container: Container, membership: Membership): Promise<ProducerStockResponse> {
  const [items, warehouse] = await Promise.all([
    producerItems(container, membership.subject_id),
    warehouseOf(container, membership.producer_id),
  ])
  const itemIds = items.flatMap((i) => (i.inventory_item_id ? [i.inventory_item_id] : []))
  const levels = itemIds.length
    ? await container
        .resolve(Modules.INVENTORY)
        .listInventoryLevels(
          { inventory_item_id: itemIds },
          { select: ["inventory_item_id", "location_id", "stocked_quantity", "reserved_quantity"], take: null },
        )
    : []
  const locationIds = [...new Set(levels.map((l) => l.location_id))]
  const points = locationIds.length
    ? await tradeService(container as MedusaContainer).listSalesPoints(
        { stock_location_id: locationIds },
        { select: ["key", "stock_location_id"], take: null },
      )
    : []
  const locations = points.length
    ? await container
        .resolve(Modules.STOCK_LOCATION)
        .listStockLocations({ id: points.map((p) => p.stock_location_id) }, { select: ["id", "name"], take: null })
    : []
  const nameOf = new Map(locations.map((l) => [l.id, l.name]))
  const keyOf = new Map(points.map((p) => [p.stock_location_id, p.key]))
  const rows = items.map((item): ProducerStockRow => {
    const own = levels.filter((l) => l.inventory_item_id === item.inventory_item_id)
    const atWarehouse = own.find((l) => l.location_id === warehouse?.id)
    return {
      ...item,
      warehouse: atWarehouse ? levelOf(atWarehouse) : null,
      sales_points: own
        .filter((l) => keyOf.has(l.location_id))
        .map((l) => ({
          location_id: l.location_id,
          key: keyOf.get(l.location_id)!,
          name: nameOf.get(l.location_id) ?? "",
          ...levelOf(l),
        }))
        .sort((a, b) => a.name.localeCompare(b.name, "vi")),
    }
  })
  return { warehouse, rows }
}
