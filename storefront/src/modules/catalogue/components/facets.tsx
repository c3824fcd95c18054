import { getTranslations } from "next-intl/server"
import type { CatalogueQuery, CatalogueResult, FacetValue } from "@/lib/data/search"
import { Link } from "@/i18n/navigation"

type Props = { query: CatalogueQuery; facets: CatalogueResult["facets"]; groups: Map<string, string> }

/**
 * Filters as a plain GET form: works without JavaScript, and every filtered page has its own URL.
 * Counts come from the search server for the current query.
 */
export async function Facets({ query, facets, groups }: Props) {
  const t = await getTranslations("Catalogue")
  const stars = [...facets.stars].sort((a, b) => Number(b.value) - Number(a.value))
  return (
    <aside>
      <form action="" method="get" className="space-y-5" aria-label={t("filters")}>
        {query.q && <input type="hidden" name="q" value={query.q} />}
        <FacetGroup
          legend={t("stars")}
          name="stars"
          values={stars}
          selected={query.stars}
          label={(v) => t("starsValue", { stars: Number(v) })}
        />
        <FacetGroup
          legend={t("group")}
          name="group"
          values={facets.group}
          selected={query.group}
          label={(v) => groups.get(v) ?? v}
        />
        <FacetGroup
          legend={t("commune")}
          name="commune"
          values={facets.commune_name}
          selected={query.commune}
          label={(v) => v}
        />
        <label className="block text-sm">
          <span className="mb-1 block font-semibold">{t("sort")}</span>
          <select name="sort" defaultValue={query.sort ?? ""} className="w-full rounded border border-stone-300 p-1">
            <option value="">{query.q ? t("sortRelevance") : t("sortStars")}</option>
            <option value="stars">{t("sortStars")}</option>
            <option value="price_asc">{t("sortPriceAsc")}</option>
            <option value="price_desc">{t("sortPriceDesc")}</option>
          </select>
        </label>
        <div className="flex items-center gap-3">
          <button type="submit" className="rounded bg-ocop-red px-4 py-2 font-semibold text-white">
            {t("apply")}
          </button>
          <Link
            href={query.q ? `/products?q=${encodeURIComponent(query.q)}` : "/products"}
            className="text-sm underline"
          >
            {t("clear")}
          </Link>
        </div>
      </form>
    </aside>
  )
}

type GroupProps = {
  legend: string
  name: string
  values: FacetValue[]
  selected: (string | number)[] | undefined
  label: (value: string) => string
}

/** One facet: a checkbox per value with the number of products it would show. */
function FacetGroup({ legend, name, values, selected, label }: GroupProps) {
  const on = new Set((selected ?? []).map(String))
  return (
    <fieldset>
      <legend className="mb-1 font-semibold">{legend}</legend>
      {values.map((f) => (
        <label key={f.value} className="flex items-center gap-2 py-0.5 text-sm">
          <input type="checkbox" name={name} value={f.value} defaultChecked={on.has(f.value)} />
          {label(f.value)} <span className="text-stone-600">({f.count})</span>
        </label>
      ))}
    </fieldset>
  )
}
