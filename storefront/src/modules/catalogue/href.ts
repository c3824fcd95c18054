import type { CatalogueQuery } from "@/lib/catalogue-query"

/** The catalogue URL of a query (without the locale prefix, which the i18n Link adds). */
export function catalogueHref(query: CatalogueQuery, changes: Partial<CatalogueQuery> = {}): string {
  const q = { ...query, ...changes }
  const params = new URLSearchParams()
  if (q.q) params.set("q", q.q)
  for (const s of q.stars ?? []) params.append("stars", String(s))
  for (const g of q.group ?? []) params.append("group", g)
  for (const c of q.commune ?? []) params.append("commune", c)
  if (q.sort) params.set("sort", q.sort)
  if (q.page && q.page > 1) params.set("page", String(q.page))
  const search = params.toString()
  return search ? `/products?${search}` : "/products"
}
