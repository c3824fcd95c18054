import { getTranslations } from "next-intl/server"
import type { CatalogueQuery, CatalogueResult } from "@/lib/data/search"
import { Link } from "@/i18n/navigation"

type Props = { query: CatalogueQuery; facets: CatalogueResult["facets"]; groups: Map<string, string> }

/**
 * Filters as a plain GET form: works without JavaScript, and every filtered page has its own URL.
 * Counts come from the search server for the current query.
 */
export async function Facets({ query, facets, groups }: Props) {
  const t = await getTranslations("Catalogue")
  const checked = (values: (string | number)[] | undefined, v: string) => (values ?? []).map(String).includes(v)
  const stars = [...facets.stars].sort((a, b) => Number(b.value) - Number(a.value))
  return (
    <aside>
      <form action="" method="get" className="space-y-5" aria-label={t("filters")}>
        {query.q && <input type="hidden" name="q" value={query.q} />}
        <fieldset>
          <legend className="mb-1 font-semibold">{t("stars")}</legend>
          {stars.map((f) => (
            <label key={f.value} className="flex items-center gap-2 py-0.5 text-sm">
              <input type="checkbox" name="stars" value={f.value} defaultChecked={checked(query.stars, f.value)} />
              {t("starsValue", { stars: Number(f.value) })} <span className="text-stone-600">({f.count})</span>
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend className="mb-1 font-semibold">{t("group")}</legend>
          {facets.group.map((f) => (
            <label key={f.value} className="flex items-center gap-2 py-0.5 text-sm">
              <input type="checkbox" name="group" value={f.value} defaultChecked={checked(query.group, f.value)} />
              {groups.get(f.value) ?? f.value} <span className="text-stone-600">({f.count})</span>
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend className="mb-1 font-semibold">{t("commune")}</legend>
          {facets.commune_name.map((f) => (
            <label key={f.value} className="flex items-center gap-2 py-0.5 text-sm">
              <input type="checkbox" name="commune" value={f.value} defaultChecked={checked(query.commune, f.value)} />
              {f.value} <span className="text-stone-600">({f.count})</span>
            </label>
          ))}
        </fieldset>
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
