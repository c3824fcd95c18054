import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import type { Locale } from "@/i18n/routing"
import { queryFromKey } from "@/lib/catalogue-query"
import { groupNames } from "@/lib/data/groups"
import { searchCatalogue } from "@/lib/data/search"
import { alternates } from "@/lib/seo"
import { CatalogueView, catalogueHeading } from "@/modules/catalogue/components/catalogue-view"

// The catalogue browsed by facets, cached whole per canonical query (decision 026): the proxy
// rewrites `/products?stars=4&group=…` here. Like product pages, it is rendered on first request
// and expires with the catalogue's tag when listing changes (a revocation), or after MAX_AGE.
export const revalidate = 300
export function generateStaticParams() {
  return [] // none at build time: the backend need not be up for `next build`
}

type Props = { params: Promise<{ locale: Locale; key: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, key } = await params
  const query = queryFromKey(key)
  const [t, groups] = await Promise.all([getTranslations({ locale, namespace: "Catalogue" }), groupNames(locale)])
  // One address per language for search engines: the catalogue's own, whatever the filters.
  return { title: query ? catalogueHeading(query, t, groups) : t("title"), alternates: alternates(locale, "/products") }
}

export default async function FacetPage({ params }: Props) {
  const { locale, key } = await params
  setRequestLocale(locale)
  const query = queryFromKey(key)
  if (!query) notFound()
  return <CatalogueView locale={locale} query={query} result={await searchCatalogue(query, { cached: true })} />
}
