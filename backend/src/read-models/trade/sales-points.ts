import type { MedusaContainer } from "@medusajs/framework/types"
import { applyTranslations, ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { ListedProductView, SalesPointStock, SalesPointView } from "@ocop/core"
import { tradeService } from "../../access/trade"
import { isEnglish } from "../locale"
import { tradeProducts } from "./product-facts"

type Level = { location_id: string; available_quantity: number }
type Location = { id: string; name: string; address?: { address_1?: string | null; city?: string | null } | null }

async function locationsById(container: MedusaContainer, ids: string[]): Promise<Map<string, Location>> {
  if (!ids.length) return new Map()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "stock_location",
    filters: { id: ids },
    fields: ["id", "name", "address.address_1", "address.city"],
  })
  return new Map((data as Location[]).map((l) => [l.id, l]))
}

/**
 * Sales points (a stock location plus the programme's facts), filtered by type and commune. In
 * English (`locale`), each text is the point's English where it has one, else its Vietnamese.
 */
export async function listSalesPoints(
  container: MedusaContainer,
  filter: { id?: string[]; type?: string; commune_code?: string; key?: string; stock_location_id?: string[] } = {},
  locale?: string,
): Promise<SalesPointView[]> {
  const en = isEnglish(locale)
  const points = await tradeService(container).listSalesPoints(filter, { take: null })
  const locations = await locationsById(
    container,
    points.map((p) => p.stock_location_id),
  )
  return points
    .filter((p) => locations.has(p.stock_location_id))
    .map((p) => {
      const l = locations.get(p.stock_location_id)!
      return {
        id: p.id,
        key: p.key,
        stock_location_id: p.stock_location_id,
        name: (en && p.name_en) || l.name,
        type: p.type,
        address: [(en && p.address_en) || l.address?.address_1, l.address?.city].filter(Boolean).join(", "),
        commune_code: p.commune_code,
        latitude: p.latitude,
        longitude: p.longitude,
        opening_hours: (en && p.opening_hours_en) || p.opening_hours,
        operator: (en && p.operator_en) || p.operator,
        tours: (en && p.tours_en?.length ? p.tours_en : p.tours) ?? [],
      } satisfies SalesPointView
    })
    .sort((a, b) => a.name.localeCompare(b.name, en ? "en" : "vi"))
}

/**
 * "Where to buy": the sales points with a listed product in stock, from Medusa's own inventory.
 * Null when the product is not for sale. Shared by the product page's route and the scan page.
 */
export async function salesPointsStocking(
  container: MedusaContainer,
  productId: string,
  locale?: string,
): Promise<SalesPointStock[] | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data }, facts] = await Promise.all([
    query.graph({
      entity: "product",
      filters: { id: productId },
      fields: ["id", "variants.inventory_items.inventory.location_levels.*"],
    }),
    tradeProducts(container, [productId]),
  ])
  const product = data[0]
  if (!product || !facts.get(productId)?.listed) return null
  const available = new Map<string, number>()
  for (const variant of product.variants ?? [])
    for (const item of variant?.inventory_items ?? [])
      for (const level of (item?.inventory?.location_levels ?? []) as Level[]) {
        const qty = Number(level.available_quantity ?? 0)
        if (qty > 0) available.set(level.location_id, (available.get(level.location_id) ?? 0) + qty)
      }
  if (!available.size) return []
  const points = await listSalesPoints(container, { stock_location_id: [...available.keys()] }, locale)
  return points.map(
    (p) => ({ ...p, available_quantity: available.get(p.stock_location_id) ?? 0 }) satisfies SalesPointStock,
  )
}

/** The listed products a sales point has in stock now (Medusa's inventory levels at its location). */
export async function salesPointProducts(
  container: MedusaContainer,
  stockLocationId: string,
  locale?: string,
): Promise<ListedProductView[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const levels = await container
    .resolve(Modules.INVENTORY)
    .listInventoryLevels(
      { location_id: stockLocationId },
      { take: null, select: ["inventory_item_id", "stocked_quantity", "reserved_quantity"] },
    )
  const items = levels
    .filter((l) => Number(l.stocked_quantity) - Number(l.reserved_quantity) > 0)
    .map((l) => l.inventory_item_id)
  if (!items.length) return []
  const { data: links } = await query.graph({
    entity: "product_variant_inventory_item",
    filters: { inventory_item_id: items },
    fields: ["variant_id"],
  })
  const { data: variants } = await query.graph({
    entity: "product_variant",
    filters: { id: (links as { variant_id: string }[]).map((l) => l.variant_id) },
    fields: ["product_id"],
  })
  const productIds = [...new Set((variants as { product_id: string }[]).map((v) => v.product_id))]
  const facts = await tradeProducts(container, productIds)
  const listed = productIds.filter((id) => facts.get(id)?.listed)
  if (!listed.length) return []
  const { data: products } = await query.graph({
    entity: "product",
    filters: { id: listed },
    fields: ["id", "handle", "title", "thumbnail"],
  })
  // Titles in the reader's language, from Medusa's translation module as on the product pages.
  await applyTranslations({ localeCode: locale, objects: products, container })
  return (products as Omit<ListedProductView, "stars">[])
    .map((p) => ({ ...p, stars: facts.get(p.id)!.stars }) satisfies ListedProductView)
    .sort((a, b) => a.title.localeCompare(b.title, isEnglish(locale) ? "en" : "vi"))
}
