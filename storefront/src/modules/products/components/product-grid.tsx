import type { RatingSummary } from "@ocop/core"
import type { Locale } from "@/i18n/routing"
import type { Product } from "@/lib/data/products"
import { ProductCard } from "./product-card"

/** Store API products as a grid of tiles (home listing, a producer's shelf). */
export function ProductGrid({
  products,
  locale,
  ratings = {},
}: {
  products: Product[]
  locale: Locale
  /** Buyers' ratings by product id (those with approved reviews). */
  ratings?: Record<string, RatingSummary>
}) {
  return (
    <ul className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-4" data-testid="product-list">
      {products.map((p) => (
        <ProductCard key={p.id} product={p} locale={locale} rating={ratings[p.id]} />
      ))}
    </ul>
  )
}
