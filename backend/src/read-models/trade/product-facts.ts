import type { MedusaContainer } from "@medusajs/framework/types"
import type { TradeOffer } from "@ocop/core"
import { readListings } from "@ocop/plugin"

/** What trade needs to know of a product: its producer, product set, stars and listing, read now. */
export type TradeProduct = TradeOffer["product"] & { subject_id: string | null; handle: string }

type Row = {
  handle: string
  title: string
  categories?: { metadata: Record<string, unknown> | null }[]
  subject?: { id: string } | null
}

/**
 * Reads the products' certification live (never cached), through the listing check, so a revocation
 * takes a product out of matches, offers and agreements on the very next request. The stars and
 * validity are those of the certificate that lists the product; an unlisted product keeps its best
 * stars for the record.
 */
export async function tradeProducts(container: MedusaContainer, ids: string[]): Promise<Map<string, TradeProduct>> {
  const products = new Map<string, TradeProduct>()
  const listings = await readListings<Row>(container, ids, {
    product: ["handle", "title", "categories.metadata", "subject.id"],
  })
  for (const { product_id, product, certificates, listed, current } of listings.values()) {
    const group = product.categories?.map((c) => c?.metadata?.ocop_code).find((code) => typeof code === "string")
    products.set(product_id, {
      id: product_id,
      handle: product.handle,
      title: product.title,
      group: (group as string | undefined) ?? null,
      stars: current?.stars ?? Math.max(0, ...certificates.map((c) => c.stars)),
      listed,
      certificate_valid_until: listed ? (current?.valid_until ?? null) : null,
      subject_id: product.subject?.id ?? null,
    })
  }
  return products
}
