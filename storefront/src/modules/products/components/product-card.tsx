import { shownCertificate, type RatingSummary } from "@ocop/core"
import type { Locale } from "@/i18n/routing"
import { groupName, lowestPrice, type Product } from "@/lib/data/products"
import { ProductTile } from "./product-tile"

/** A Store API product as a tile. */
export function ProductCard({
  product,
  locale,
  rating,
}: {
  product: Product
  locale: Locale
  rating?: RatingSummary | null
}) {
  const tile = {
    handle: product.handle,
    title: product.title,
    thumbnail: product.thumbnail,
    stars: shownCertificate(product.certificates)?.stars,
    group: groupName(product, locale),
    commune: product.subject?.commune?.name,
    price: lowestPrice(product),
    rating,
  }
  return <ProductTile tile={tile} testId="product-card" />
}
