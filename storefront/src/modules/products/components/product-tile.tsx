import { starGlyphs, type RatingSummary } from "@ocop/core"
import { useTranslations } from "next-intl"
import Image from "next/image"
import { Link } from "@/i18n/navigation"
import { Price } from "./price"

/** What a product tile shows, whether it comes from the Store API or from the search index. */
export type Tile = {
  handle: string
  title: string
  thumbnail?: string | null
  stars?: number
  group?: string | null
  commune?: string | null
  price: number | null
  /** Buyers' approved reviews, when it has any. */
  rating?: RatingSummary | null
}

/**
 * One product in a grid: picture, name, stars, group, commune and lowest price, linking to its page.
 * `priority` for the first row, the page's largest paint on a phone: loaded at once, not lazily.
 */
export function ProductTile({ tile, testId, priority = false }: { tile: Tile; testId: string; priority?: boolean }) {
  const t = useTranslations("Catalogue")
  return (
    <li className="overflow-hidden rounded-lg border border-stone-200 bg-white shadow-sm transition hover:shadow-md">
      <Link href={`/products/${tile.handle}`} className="block" data-testid={testId}>
        {tile.thumbnail && (
          <Image
            src={tile.thumbnail}
            alt={tile.title}
            width={400}
            height={400}
            sizes="(min-width: 1024px) 25vw, (min-width: 640px) 33vw, 50vw"
            preload={priority}
            className="aspect-square w-full object-cover"
          />
        )}
        <div className="space-y-1 p-3">
          <h2 className="font-semibold leading-snug">{tile.title}</h2>
          {tile.stars && (
            <p className="text-xs font-semibold text-amber-800">
              <span aria-hidden>{starGlyphs(tile.stars)}</span> {t("starsBadge", { stars: tile.stars })}
            </p>
          )}
          {tile.rating?.average != null && <TileRating average={tile.rating.average} count={tile.rating.count} />}
          {tile.group && <p className="text-xs text-stone-600">{tile.group}</p>}
          {tile.commune && <p className="text-xs text-stone-600">{tile.commune}</p>}
          <Price amount={tile.price} className="block font-bold text-ocop-red" />
        </div>
      </Link>
    </li>
  )
}

/** Buyers' average stars and how many reviewed, as a product page states them (distinct from OCOP's stars). */
function TileRating({ average, count }: { average: number; count: number }) {
  const t = useTranslations("Reviews")
  return (
    <p className="text-xs text-stone-700" data-testid="tile-rating">
      <span aria-hidden className="text-amber-700">
        ★
      </span>{" "}
      {t("tileRating", { average: average.toLocaleString(t("numberLocale"), { minimumFractionDigits: 1 }), count })}
    </p>
  )
}
