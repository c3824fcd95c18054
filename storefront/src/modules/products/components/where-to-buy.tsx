import type { TraceSalesPoint } from "@ocop/core"
import { getLocale, getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { Locale } from "@/i18n/routing"
import { listSalesPoints } from "@/lib/data/producers"
import { mapLink } from "@/lib/map-link"

/**
 * OCOP sales points that have the product on their shelves (pickup is offered at checkout): each
 * with its page on the sales-point list, its address opening a map, and its opening hours.
 */
export async function WhereToBuy({ productId, handle }: { productId: string; handle: string }) {
  const [t, locale] = await Promise.all([getTranslations("Product"), getLocale()])
  const points = await listSalesPoints(productId, handle, locale as Locale)
  return (
    <section aria-labelledby="where-to-buy" data-testid="where-to-buy">
      <h2 id="where-to-buy" className="mb-1 text-lg font-semibold">
        {t("whereToBuy")}
      </h2>
      <SalesPointEntries points={points} />
    </section>
  )
}

/**
 * The sales points of "where to buy", drawn the same on the product page and the scan page: its
 * name linking the sales-point list, stock, address opening a map, opening hours.
 */
export async function SalesPointEntries({ points }: { points: TraceSalesPoint[] }) {
  const t = await getTranslations("Product")
  if (!points.length) return <p className="text-sm">{t("onlineOnly")}</p>
  return (
    <ul className="space-y-3 text-sm">
      {points.map((p) => (
        <li key={p.id} className="space-y-0.5" data-testid="where-to-buy-point">
          <p>
            <Link href={`/sales-points#sp-${p.key}`} className="font-semibold underline">
              {p.name}
            </Link>{" "}
            <span className="text-stone-600">({t("inStock", { count: p.available_quantity })})</span>
          </p>
          <p>
            <a href={mapLink(p)} className="underline" rel="noopener" target="_blank" data-testid="map-link">
              {p.address} <span className="text-stone-600">· {t("onMap")}</span>
            </a>
          </p>
          {p.opening_hours && <p className="text-stone-700">{t("openingHours", { hours: p.opening_hours })}</p>}
        </li>
      ))}
    </ul>
  )
}
