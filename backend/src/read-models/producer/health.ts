import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  healthConcerns,
  orderPerformance,
  PERFORMANCE_DAYS,
  type AdminProducerHealth,
  type CatalogueHealth,
} from "@ocop/core"
import { ENGLISH } from "../producer-catalogue/products"
import { producerOf } from "../../workflows/producer/steps/producer-of"

type Container = Pick<MedusaContainer, "resolve">
type ProductRow = {
  id: string
  images?: { id: string }[] | null
  variants?: { manage_inventory: boolean; inventory_items?: { inventory_item_id: string }[] | null }[] | null
}
type Catalogue = { products: ProductRow[]; english: Set<string>; available: Map<string, number> }

const DAY_MS = 86_400_000

/**
 * The health of a page of producers, in a fixed number of reads whatever its size: their subjects'
 * products (the OCOP plugin's link), those products' images, variants and English rows, the levels
 * at their warehouses, and their parts of orders counted in SQL. A producer without products or
 * orders has zeros.
 */
export async function producerHealth(
  container: Container,
  producers: { id: string; subject_id: string }[],
): Promise<Map<string, AdminProducerHealth>> {
  if (!producers.length) return new Map()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const ids = producers.map((p) => p.id)
  const [{ data: subjects }, { data: warehouses }, orders] = await Promise.all([
    query.graph({
      entity: "subject",
      fields: ["id", "products.id"],
      filters: { id: [...new Set(producers.map((p) => p.subject_id))] },
    }),
    query.graph({ entity: "producer", fields: ["id", "stock_location.id"], filters: { id: ids } }),
    producerOf(container).orderCounts({ producer_ids: ids, since: new Date(Date.now() - PERFORMANCE_DAYS * DAY_MS) }),
  ])
  const productsOf = new Map(
    (subjects as { id: string; products?: ({ id: string } | null)[] | null }[]).map((s) => [
      s.id,
      (s.products ?? []).flatMap((p) => (p ? [p.id] : [])),
    ]),
  )
  const warehouseOf = new Map(
    (warehouses as { id: string; stock_location?: { id: string } | null }[]).map((w) => [w.id, w.stock_location?.id]),
  )
  const catalogue = await catalogueOf(container, [...productsOf.values()].flat(), [
    ...new Set([...warehouseOf.values()].filter((id): id is string => !!id)),
  ])
  const countsOf = new Map(orders.map((o) => [o.producer_id, o]))
  return new Map(
    producers.map((p) => {
      const own = new Set(productsOf.get(p.subject_id) ?? [])
      const health = catalogueHealth(
        catalogue.products.filter((r) => own.has(r.id)),
        catalogue,
        warehouseOf.get(p.id),
      )
      const performance = orderPerformance(
        countsOf.get(p.id) ?? { parts: 0, shipped: 0, median_ship_hours: null, lines: 0, canceled_lines: 0 },
      )
      return [p.id, { catalogue: health, orders: performance, concerns: healthConcerns(health, performance) }]
    }),
  )
}

/** The products with their images and variants, which have an English description, and what each warehouse has available of each item. */
async function catalogueOf(container: Container, productIds: string[], warehouseIds: string[]): Promise<Catalogue> {
  if (!productIds.length) return { products: [], english: new Set(), available: new Map() }
  const [{ data }, translations] = await Promise.all([
    container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "product",
      fields: ["id", "images.id", "variants.manage_inventory", "variants.inventory_items.inventory_item_id"],
      filters: { id: productIds },
    }),
    container
      .resolve(Modules.TRANSLATION)
      .listTranslations(
        { reference: "product", reference_id: productIds, locale_code: ENGLISH },
        { select: ["reference_id", "translations"], take: null },
      ),
  ])
  const products = data as ProductRow[]
  const itemIds = products.flatMap((p) => (p.variants ?? []).flatMap((v) => itemOf(v) ?? []))
  const levels =
    itemIds.length && warehouseIds.length
      ? await container
          .resolve(Modules.INVENTORY)
          .listInventoryLevels(
            { inventory_item_id: itemIds, location_id: warehouseIds },
            { select: ["inventory_item_id", "location_id", "stocked_quantity", "reserved_quantity"], take: null },
          )
      : []
  const described = (t: Record<string, unknown> | null | undefined) =>
    typeof t?.description === "string" && t.description.trim() !== ""
  return {
    products,
    english: new Set(translations.filter((t) => described(t.translations)).map((t) => t.reference_id)),
    available: new Map(
      levels.map((l) => [
        `${l.location_id}:${l.inventory_item_id}`,
        Number(l.stocked_quantity ?? 0) - Number(l.reserved_quantity ?? 0),
      ]),
    ),
  }
}

/** An item's stock is counted only when Medusa manages it; otherwise it never runs out. */
const itemOf = (v: NonNullable<ProductRow["variants"]>[number]) =>
  v.manage_inventory ? (v.inventory_items?.[0]?.inventory_item_id ?? null) : null

function catalogueHealth(products: ProductRow[], catalogue: Catalogue, warehouseId?: string): CatalogueHealth {
  const items = products.flatMap((p) => (p.variants ?? []).flatMap((v) => itemOf(v) ?? []))
  return {
    products: products.length,
    missing_english: products.filter((p) => !catalogue.english.has(p.id)).length,
    missing_photos: products.filter((p) => !p.images?.length).length,
    variants: items.length,
    // No level at the warehouse is nothing to ship from it, as an empty one.
    out_of_stock: items.filter((i) => (catalogue.available.get(`${warehouseId}:${i}`) ?? 0) <= 0).length,
  }
}
