import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import type { Locale } from "@/i18n/routing"
import { groupNames } from "@/lib/data/groups"
import { PAGE_SIZE, searchCatalogue, type CatalogueQuery } from "@/lib/data/search"
import { alternates } from "@/lib/seo"
import { urlValues } from "@/lib/url-values"
import { Facets } from "@/modules/catalogue/components/facets"
import { Pagination } from "@/modules/catalogue/components/pagination"
import { SearchCard } from "@/modules/catalogue/components/search-card"

export const dynamic = "force-dynamic"

type SearchParams = Record<string, string | string[] | undefined>
type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<SearchParams> }

const SORTS = ["relevance", "stars", "price_asc", "price_desc"] as const

/** Reads the catalogue's URL (?q=&stars=&group=&commune=&sort=&page=), ignoring what it does not know. */
function parse(sp: SearchParams): CatalogueQuery {
  const sort = urlValues(sp.sort)[0]
  return {
    q: urlValues(sp.q)[0]?.slice(0, 200),
    stars: urlValues(sp.stars)
      .map(Number)
      .filter((n) => Number.isInteger(n) && n >= 3 && n <= 5),
    group: urlValues(sp.group).slice(0, 30),
    commune: urlValues(sp.commune).slice(0, 30),
    sort: (SORTS as readonly string[]).includes(sort) ? (sort as CatalogueQuery["sort"]) : undefined,
    page: Math.min(1000, Math.max(1, Number(urlValues(sp.page)[0]) || 1)),
  }
}

type Translate = Awaited<ReturnType<typeof getTranslations<"Catalogue">>>

/** The page's title says what is shown: the query, else the chosen filters, else the whole catalogue. */
function heading(query: CatalogueQuery, t: Translate, groups: Map<string, string>) {
  if (query.q) return t("resultsFor", { q: query.q })
  const filters = [
    (query.stars ?? []).map((s) => t("starsValue", { stars: s })).join(", "),
    (query.group ?? []).map((g) => groups.get(g) ?? g).join(", "),
    (query.commune ?? []).join(", "),
  ].filter(Boolean)
  return filters.length ? t("titleFiltered", { filters: filters.join(" · ") }) : t("title")
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params
  const { q } = parse(await searchParams)
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
  const query = parse(await searchParams)
  const [t, result, groups] = await Promise.all([
    getTranslations("Catalogue"),
    searchCatalogue(query),
    groupNames(locale),
  ])
  const pages = Math.max(1, Math.ceil(result.count / PAGE_SIZE))
  return (
    <section className="grid gap-8 md:grid-cols-[16rem_1fr]">
      <Facets query={query} facets={result.facets} groups={groups} />
      <div>
        <h1 className="mb-1 text-2xl font-bold">{heading(query, t, groups)}</h1>
        <p className="mb-4 text-stone-600" data-testid="result-count">
          {t("count", { count: result.count })}
        </p>
        {result.documents.length ? (
          <ul className="grid grid-cols-2 gap-4 lg:grid-cols-3" data-testid="search-results">
            {result.documents.map((d) => (
              <SearchCard key={d.id} document={d} locale={locale} />
            ))}
          </ul>
        ) : (
          <p className="rounded border border-stone-200 bg-white p-6 text-stone-700">{t("empty")}</p>
        )}
        <Pagination query={query} page={query.page ?? 1} pages={pages} />
      </div>
    </section>
  )
}
