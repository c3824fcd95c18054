import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { STORE_OCOP_FIELDS, type StoreOcopFacts } from "@ocop/core"
import { CacheTags } from "@ocop/core/revalidation"
import { MEDUSA_LOCALE, type Locale } from "@/i18n/routing"
import { MAX_AGE } from "./cache"
import { sdk } from "../medusa"
import { getRegionId } from "./regions"

const FIELDS = [
  "id,title,handle,subtitle,description,thumbnail,*images,*categories,*variants,*variants.calculated_price",
  ...STORE_OCOP_FIELDS,
].join(",")

export type Product = HttpTypes.StoreProduct & StoreOcopFacts

type ProductList = { products: Product[]; count: number }

/**
 * Catalogue reads are shared by every shopper, so they are cached under tags the backend expires
 * through /api/revalidate when listing changes; MAX_AGE bounds staleness if a call is ever lost.
 * Nothing per customer goes through here.
 */
const cached = (tags: string[]) => ({ cache: "force-cache" as const, next: { tags, revalidate: MAX_AGE } })

export async function listProducts(locale: Locale, limit = 48): Promise<ProductList> {
  const region_id = await getRegionId()
  const { products, count } = await sdk.client.fetch<ProductList>("/store/products", {
    query: { region_id, fields: FIELDS, limit, order: "title", locale: MEDUSA_LOCALE[locale] },
    ...cached([CacheTags.products]),
  })
  return { products, count }
}

export async function getProductByHandle(handle: string, locale: Locale): Promise<Product | null> {
  const region_id = await getRegionId()
  const { products } = await sdk.client.fetch<ProductList>("/store/products", {
    query: { region_id, handle, fields: FIELDS, limit: 1, locale: MEDUSA_LOCALE[locale] },
    ...cached([CacheTags.product(handle)]),
  })
  return products[0] ?? null
}

/** Listed products by handle (a producer's shelf), cached under the catalogue's tag. */
export async function listProductsByHandle(handles: string[], locale: Locale): Promise<Product[]> {
  if (!handles.length) return []
  const region_id = await getRegionId()
  const { products } = await sdk.client.fetch<ProductList>("/store/products", {
    query: { region_id, handle: handles, fields: FIELDS, limit: handles.length, locale: MEDUSA_LOCALE[locale] },
    ...cached([CacheTags.products]),
  })
  return products
}

/** A product group's name in the shopper's language (English names are kept in the category's metadata). */
export function groupName(product: Product, locale: Locale): string | null {
  const group = product.categories?.[0]
  if (!group) return null
  const english = (group.metadata as { name_en?: string } | null)?.name_en
  return locale === "en" && english ? english : group.name
}

/** The lowest calculated price of a product's variants, in whole đồng. */
export function lowestPrice(product: Product): number | null {
  const amounts = (product.variants ?? [])
    .map((v) => v.calculated_price?.calculated_amount)
    .filter((a): a is number => typeof a === "number")
  return amounts.length ? Math.min(...amounts) : null
}
