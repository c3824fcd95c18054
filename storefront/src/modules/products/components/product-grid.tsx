import type { Locale } from "@/i18n/routing"
import type { Product } from "@/lib/data/products"
import { ProductCard } from "./product-card"

/** Store API products as a grid of tiles (home listing, a producer's shelf). */
export function ProductGrid({ products, locale }: { products: Product[]; locale: Locale }) {
  return (
    <ul className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-4" data-testid="product-list">
      {products.map((p) => (
        <ProductCard key={p.id} product={p} locale={locale} />
      ))}
    </ul>
  )
}
