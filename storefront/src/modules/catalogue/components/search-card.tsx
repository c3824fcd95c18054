import type { RatingSummary } from "@ocop/core"
import type { Locale } from "@/i18n/routing"
import type { SearchDocument } from "@/lib/data/search"
import { ProductTile } from "@/modules/products/components/product-tile"

/** A search hit as a tile, straight from the index: no second request per product. */
export function SearchCard({
  document: d,
  locale,
  priority = false,
  rating,
}: {
  document: SearchDocument
  locale: Locale
  priority?: boolean
  rating?: RatingSummary | null
}) {
  const english = locale === "en"
  const tile = {
    handle: d.handle,
    title: english && d.title_en ? d.title_en : d.title,
    thumbnail: d.thumbnail,
    stars: d.stars,
    group: english && d.group_name_en ? d.group_name_en : d.group_name,
    commune: d.commune_name,
    price: d.price ?? null,
    rating,
  }
  return <ProductTile tile={tile} testId="search-card" priority={priority} />
}
