import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { Locale } from "@/i18n/routing"
import { groupNames } from "@/lib/data/groups"
import { searchCatalogue, type FacetValue } from "@/lib/data/search"
import { alternates } from "@/lib/seo"
import { SearchCard } from "@/modules/catalogue/components/search-card"

// Cached whole, like product pages (decision 006): rendered on first request, expired with the
// "products" tag when listing changes. Its featured products and facets come from the search index,
// so the backend expires the tag once more when the index has followed the change. Light on
// purpose: eight products and the ways into the catalogue, which holds the rest.
export const revalidate = 300
export function generateStaticParams() {
  return [] // none at build time: the backend need not be up for `next build`
}

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { alternates: alternates((await params).locale, "") }
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const [t, featured, everything, groups] = await Promise.all([
    getTranslations("Home"),
    searchCatalogue({ stars: [5, 4], sort: "stars" }, { facets: false, cached: true, take: FEATURED }),
    // For its count and facets: the groups and communes that have listed products.
    searchCatalogue({}, { cached: true, take: 1 }),
    groupNames(locale),
  ])
  const count = everything.count
  return (
    <div className="space-y-10">
      <section>
        <h1 className="mb-2 text-3xl font-bold">{t("title")}</h1>
        <p className="text-stone-700">{t("count", { count })}</p>
        <SeeAll label={t("seeAllCount", { count })} />
      </section>

      <section aria-labelledby="featured">
        <h2 id="featured" className="mb-4 text-2xl font-bold">
          {t("featured")}
        </h2>
        <ul className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-4" data-testid="featured">
          {featured.documents.map((d, i) => (
            <SearchCard key={d.id} document={d} locale={locale} priority={i < 2} />
          ))}
        </ul>
      </section>

      <section aria-labelledby="browse" className="grid gap-6 md:grid-cols-2">
        <h2 id="browse" className="sr-only">
          {t("seeAll")}
        </h2>
        <Chips
          title={t("groups")}
          values={everything.facets.group}
          param="group"
          label={(code) => groups.get(code) ?? code}
        />
        <Chips title={t("communes")} values={everything.facets.commune_name} param="commune" label={(v) => v} />
      </section>

      <SeeAll label={t("seeAllCount", { count })} />
    </div>
  )
}

const FEATURED = 8

function SeeAll({ label }: { label: string }) {
  return (
    <p className="mt-3">
      <Link
        href="/products"
        className="inline-flex min-h-11 items-center rounded bg-ocop-red px-4 font-semibold text-white"
        data-testid="see-all"
      >
        {label} →
      </Link>
    </p>
  )
}

/** Links into the catalogue, one per facet value, with how many listed products it holds. */
function Chips(props: { title: string; values: FacetValue[]; param: string; label: (value: string) => string }) {
  return (
    <div>
      <h3 className="mb-2 text-xl font-bold">{props.title}</h3>
      <ul className="flex flex-wrap gap-2">
        {props.values.map((v) => (
          <li key={v.value}>
            <Link
              href={`/products?${props.param}=${encodeURIComponent(v.value)}`}
              className="inline-block rounded-full border border-stone-300 bg-white px-3 py-1 text-sm hover:bg-stone-100"
            >
              {props.label(v.value)} ({v.count})
            </Link>
          </li>
        ))}
      </ul>
    </div>
  )
}
