import { getTranslations } from "next-intl/server"
import type { CatalogueQuery, CatalogueResult, FacetValue } from "@/lib/data/search"
import { Link } from "@/i18n/navigation"
import { FilterPanel } from "./filter-panel"

type Props = { query: CatalogueQuery; facets: CatalogueResult["facets"]; groups: Map<string, string> }

/** Values of a facet shown before "show more": a phone's screen, not a province's list. */
const SHOWN = 8

/**
 * Filters as a plain GET form: works without JavaScript, and every filtered page has its own URL.
 * Counts come from the search server for the current query, each facet counted without its own
 * filter, so the other values of a chosen facet stay to switch to or add.
 */
export async function Facets({ query, facets, groups }: Props) {
  const t = await getTranslations("Catalogue")
  const stars = [...facets.stars].sort((a, b) => Number(b.value) - Number(a.value))
  const active = (query.stars?.length ?? 0) + (query.group?.length ?? 0) + (query.commune?.length ?? 0)
  return (
    <aside>
      <FilterPanel
        summary={
          <>
            {t("filters")}{" "}
            <span className="ml-1 font-normal text-stone-600">{t("activeFilters", { count: active })}</span>
          </>
        }
      >
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
      </FilterPanel>
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

/**
 * One facet: a checkbox per value with the number of products it would show. Chosen values come
 * first; past the first few, the rest wait behind "show more", and every one stays reachable.
 */
async function FacetGroup({ legend, name, values, selected, label }: GroupProps) {
  const t = await getTranslations("Catalogue")
  const on = new Set((selected ?? []).map(String))
  const ordered = [...values.filter((f) => on.has(f.value)), ...values.filter((f) => !on.has(f.value))]
  const option = (f: FacetValue) => (
    <label key={f.value} className="flex min-h-8 items-center gap-2 text-sm">
      <input type="checkbox" name={name} value={f.value} defaultChecked={on.has(f.value)} className="size-4" />
      {label(f.value)} <span className="text-stone-600">({f.count})</span>
    </label>
  )
  const rest = ordered.slice(SHOWN)
  return (
    <fieldset data-testid={`facet-${name}`}>
      <legend className="mb-1 font-semibold">{legend}</legend>
      {ordered.slice(0, SHOWN).map(option)}
      {rest.length > 0 && (
        <details>
          <summary className="min-h-8 cursor-pointer py-1 text-sm underline">
            {t("moreValues", { count: rest.length })}
          </summary>
          {rest.map(option)}
        </details>
      )}
    </fieldset>
  )
}
