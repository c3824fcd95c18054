import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { STORE_OCOP_FIELDS, type StoreOcopFacts } from "@ocop/core"
import { sdk } from "../medusa"
import { getRegionId } from "./regions"

const FIELDS = [
  "id,title,handle,subtitle,description,thumbnail,*images,*categories,*variants,*variants.calculated_price",
  ...STORE_OCOP_FIELDS,
].join(",")

export type Product = HttpTypes.StoreProduct & StoreOcopFacts

export async function listProducts(limit = 48): Promise<{ products: Product[]; count: number }> {
  const region_id = await getRegionId()
  const { products, count } = await sdk.store.product.list({ region_id, fields: FIELDS, limit, order: "title" })
  return { products, count }
}

export async function getProductByHandle(handle: string): Promise<Product | null> {
  const region_id = await getRegionId()
  const { products } = await sdk.store.product.list({ region_id, handle, fields: FIELDS, limit: 1 })
  return products[0] ?? null
}

/** The lowest calculated price of a product's variants, in whole đồng. */
export function lowestPrice(product: Product): number | null {
  const amounts = (product.variants ?? [])
    .map((v) => v.calculated_price?.calculated_amount)
    .filter((a): a is number => typeof a === "number")
  return amounts.length ? Math.min(...amounts) : null
}
