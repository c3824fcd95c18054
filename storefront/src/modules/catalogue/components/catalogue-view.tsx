import { getTranslations } from "next-intl/server"
import type { Locale } from "@/i18n/routing"
import type { CatalogueQuery } from "@/lib/catalogue-query"
import { groupNames } from "@/lib/data/groups"
import { getRatings } from "@/lib/data/reviews"
import { PAGE_SIZE, type CatalogueResult } from "@/lib/data/search"
import { Facets } from "./facets"
import { Pagination } from "./pagination"
import { SearchCard } from "./search-card"

type Translate = Awaited<ReturnType<typeof getTranslations<"Catalogue">>>

/** The page's title says what is shown: the query, else the chosen filters, else the whole catalogue. */
export function catalogueHeading(query: CatalogueQuery, t: Translate, groups: Map<string, string>) {
  if (query.q) return t("resultsFor", { q: query.q })
  const filters = [
    (query.stars ?? []).map((s) => t("starsValue", { stars: s })).join(", "),
    (query.group ?? []).map((g) => groups.get(g) ?? g).join(", "),
    (query.commune ?? []).join(", "),
  ].filter(Boolean)
  return filters.length ? t("titleFiltered", { filters: filters.join(" · ") }) : t("title")
}

/** The catalogue: filters, heading, results and pages; shared by the live and the cached routes. */
export async function CatalogueView({
  locale,
  query,
  result,
}: {
  locale: Locale
  query: CatalogueQuery
  result: CatalogueResult
}) {
  const [t, groups, ratings] = await Promise.all([
    getTranslations("Catalogue"),
    groupNames(locale),
    getRatings(result.documents.map((d) => d.id)),
  ])
  const pages = Math.max(1, Math.ceil(result.count / PAGE_SIZE))
  return (
    <section className="grid gap-8 md:grid-cols-[16rem_1fr]">
      <Facets query={query} facets={result.facets} groups={groups} />
      <div>
        <h1 className="mb-1 text-2xl font-bold">{catalogueHeading(query, t, groups)}</h1>
        <p className="mb-4 text-stone-600" data-testid="result-count">
          {t("count", { count: result.count })}
        </p>
        {result.documents.length ? (
          <ul className="grid grid-cols-2 gap-4 lg:grid-cols-3" data-testid="search-results">
            {result.documents.map((d, i) => (
              <SearchCard key={d.id} document={d} locale={locale} priority={i < 2} rating={ratings.products[d.id]} />
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
