import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { Product } from "@/lib/data/products"
import { galleryPhotos } from "@/modules/products/components/gallery"
import { Photo } from "@/modules/products/components/photo"

/** At most this many: a glimpse of the stall, the products below carry the rest. */
const MAX = 8

/**
 * A small gallery of the stall: its products' photos, each product's first picture before any
 * second one, each leading to its product. A row that scrolls inside itself, never the page. Shown
 * only when it holds more than the product tiles below already show (one picture each).
 */
export async function StallPhotos({ products }: { products: Product[] }) {
  const t = await getTranslations("Producer")
  const each = products.map((p) => ({ product: p, photos: galleryPhotos(p.thumbnail, p.images) }))
  const longest = Math.max(0, ...each.map((e) => e.photos.length))
  const shown = Array.from({ length: longest }, (_, i) =>
    each.flatMap((e) => (e.photos[i] ? [{ product: e.product, photo: e.photos[i] }] : [])),
  )
    .flat()
    .slice(0, MAX)
  if (each.reduce((n, e) => n + e.photos.length, 0) <= products.length) return null
  return (
    <section aria-labelledby="producer-photos" className="space-y-2" data-testid="producer-photos">
      <h2 id="producer-photos" className="text-xl font-semibold">
        {t("photos")}
      </h2>
      <ul className="flex snap-x gap-2 overflow-x-auto pb-1">
        {shown.map(({ product, photo }) => (
          <li key={photo.url} className="w-40 shrink-0 snap-start sm:w-48">
            <Link href={`/products/${product.handle}`} className="block">
              <Photo
                url={photo.url}
                widths={photo.widths}
                alt={product.title}
                sizes="(min-width: 640px) 12rem, 10rem"
                className="aspect-square w-full rounded-lg border border-stone-200 object-cover"
              />
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}
