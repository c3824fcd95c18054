import { starGlyphs } from "@ocop/core"
import { useTranslations } from "next-intl"
import Image from "next/image"
import { Link } from "@/i18n/navigation"
import type { Locale } from "@/i18n/routing"
import type { SearchDocument } from "@/lib/data/search"
import { Price } from "@/modules/products/components/price"

/** A catalogue entry straight from the search index: no second request per product. */
export function SearchCard({ document: d, locale }: { document: SearchDocument; locale: Locale }) {
  const t = useTranslations("Catalogue")
  const title = locale === "en" && d.title_en ? d.title_en : d.title
  const group = locale === "en" && d.group_name_en ? d.group_name_en : d.group_name
  return (
    <li className="overflow-hidden rounded-lg border border-stone-200 bg-white shadow-sm transition hover:shadow-md">
      <Link href={`/products/${d.handle}`} className="block" data-testid="search-card">
        {d.thumbnail && (
          <Image
            src={d.thumbnail}
            alt={title}
            width={400}
            height={400}
            sizes="(min-width: 1024px) 25vw, 50vw"
            className="aspect-square w-full object-cover"
          />
        )}
        <div className="space-y-1 p-3">
          <h2 className="font-semibold leading-snug">{title}</h2>
          <p className="text-xs font-semibold text-amber-800">
            <span aria-hidden>{starGlyphs(d.stars)}</span> {t("starsBadge", { stars: d.stars })}
          </p>
          {group && <p className="text-xs text-stone-600">{group}</p>}
          {d.commune_name && <p className="text-xs text-stone-600">{d.commune_name}</p>}
          <Price amount={d.price ?? null} className="block font-bold text-ocop-red" />
        </div>
      </Link>
    </li>
  )
}
