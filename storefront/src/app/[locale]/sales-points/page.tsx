import { SALES_POINT_TYPES, type SalesPointType } from "@ocop/core"
import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import type { Locale } from "@/i18n/routing"
import { listCommunes } from "@/lib/data/places"
import { findSalesPoints, type SalesPointFilter } from "@/lib/data/sales-points"
import { alternates } from "@/lib/seo"
import { SalesPointFilters } from "@/modules/trade/components/sales-point-filters"
import { SalesPointItem } from "@/modules/trade/components/sales-point-item"
import { SalesPointsMap } from "@/modules/trade/components/sales-points-map"
import { param, type SearchParams } from "@/modules/trade/query"

// Filtered by the query string; the Store API reads underneath are cached (lib/data/sales-points.ts).
export const dynamic = "force-dynamic"

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<SearchParams> }

/** Reads ?type=&commune_code=, dropping what the API would refuse rather than failing the page. */
function parse(sp: SearchParams): SalesPointFilter {
  const type = param(sp, "type")
  const commune = param(sp, "commune_code")
  return {
    type: (SALES_POINT_TYPES as readonly string[]).includes(type ?? "") ? (type as SalesPointType) : undefined,
    commune_code: commune && /^\d{1,6}$/.test(commune) ? commune : undefined,
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "SalesPoints" })
  return { title: t("title"), description: t("intro"), alternates: alternates(locale, "/sales-points") }
}

export default async function SalesPointsPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const filter = parse(await searchParams)
  const filtered = Boolean(filter.type || filter.commune_code)
  const [t, types, all, matching, communes] = await Promise.all([
    getTranslations("SalesPoints"),
    getTranslations("SalesPointType"),
    findSalesPoints(locale),
    filtered ? findSalesPoints(locale, filter) : null,
    listCommunes().catch(() => []),
  ])
  const points = matching ?? all
  const communeName = new Map(communes.map((c) => [c.code, c.name]))
  const communeOptions = [...new Set(all.map((p) => p.commune_code))]
    .map((code) => ({ code, name: communeName.get(code) ?? code }))
    .sort((a, b) => a.name.localeCompare(b.name, "vi"))
  const mapPoints = points
    .filter((p) => p.latitude !== null && p.longitude !== null)
    .map((p) => ({ key: p.key, name: p.name, type: types(p.type), lat: p.latitude!, lon: p.longitude! }))
  return (
    <section className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-stone-700">{t("intro")}</p>
      </header>
      <SalesPointFilters type={filter.type} commune={filter.commune_code} communes={communeOptions} />
      <p className="text-stone-600" data-testid="sales-point-count">
        {t("count", { count: points.length })}
      </p>
      {mapPoints.length > 0 && (
        <figure className="space-y-1">
          <SalesPointsMap points={mapPoints} label={t("map")} details={t("seeDetails")} />
          <figcaption className="text-xs text-stone-600">{t("mapNote")}</figcaption>
        </figure>
      )}
      {points.length ? (
        <ul className="grid gap-4 md:grid-cols-2" data-testid="sales-points">
          {points.map((p) => (
            <SalesPointItem key={p.id} point={p} commune={communeName.get(p.commune_code) ?? null} />
          ))}
        </ul>
      ) : (
        <p className="rounded border border-stone-200 bg-white p-6">{t("empty")}</p>
      )}
    </section>
  )
}
