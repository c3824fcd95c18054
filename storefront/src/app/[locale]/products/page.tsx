import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import type { Locale } from "@/i18n/routing"
import { parseCatalogue } from "@/lib/catalogue-query"
import { searchCatalogue } from "@/lib/data/search"
import { alternates } from "@/lib/seo"
import { CatalogueView } from "@/modules/catalogue/components/catalogue-view"

// Free-text searches, and queries no shopper's click makes, are rendered per request. Browsing by
// facets is served from the cached route `browse/[key]` (the proxy sends it there, decision 026).
export const dynamic = "force-dynamic"

type SearchParams = Record<string, string | string[] | undefined>
type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<SearchParams> }

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params
  const { q } = parseCatalogue(await searchParams)
  const t = await getTranslations({ locale, namespace: "Catalogue" })
  return {
    title: q ? t("resultsFor", { q }) : t("title"),
    alternates: alternates(locale, "/products"),
    // Result pages of free-text queries are not worth indexing.
    robots: q ? { index: false } : undefined,
  }
}

export default async function CataloguePage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const query = parseCatalogue(await searchParams)
  return <CatalogueView locale={locale} query={query} result={await searchCatalogue(query)} />
}
