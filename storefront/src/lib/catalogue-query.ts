import { urlValues } from "./url-values"

/** A catalogue request as the search reads it. */
export type CatalogueQuery = {
  q?: string
  stars?: number[]
  group?: string[]
  commune?: string[]
  sort?: "relevance" | "stars" | "price_asc" | "price_desc"
  page?: number
}

type SearchParams = Record<string, string | string[] | undefined>

const SORTS = ["relevance", "stars", "price_asc", "price_desc"] as const

/** Reads the catalogue's URL (?q=&stars=&group=&commune=&sort=&page=), ignoring what it does not know. */
export function parseCatalogue(sp: SearchParams): CatalogueQuery {
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

/**
 * Browsing by facets (no free text) is the same page for everyone, so it is cached whole under a
 * key made of its canonical query (decision 026). The key space is kept small and honest: only
 * shapes a shopper's clicks make are cached (≤ 3 values a facet, group codes, commune names,
 * pages ≤ 50); anything else is rendered per request like a free-text search.
 */
const LIMITS = { values: 3, page: 50 }
const GROUP = /^[A-Z]{1,4}(\.\d{1,2}(\.[a-z])?)?$/
const COMMUNE = /^[\p{L}\p{M}\d][\p{L}\p{M}\d .'-]{0,59}$/u
const KEY_PREFIX = "f"

function canonical(sp: URLSearchParams): string | null {
  const all = (name: string) => sp.getAll(name).map((v) => v.trim())
  if (all("q").some(Boolean)) return null
  const stars = [...new Set(all("stars"))].sort()
  const group = [...new Set(all("group"))].sort()
  const commune = [...new Set(all("commune").map((c) => c.normalize("NFC")))].sort()
  const sort = all("sort")
  const page = all("page")
  if (!stars.every((s) => /^[345]$/.test(s)) || !group.every((g) => GROUP.test(g))) return null
  if (!commune.every((c) => COMMUNE.test(c))) return null
  if ([stars, group, commune].some((v) => v.length > LIMITS.values) || sort.length > 1 || page.length > 1) return null
  if (sort.length && !(SORTS as readonly string[]).includes(sort[0])) return null
  if (page.length && !(/^\d{1,2}$/.test(page[0]) && Number(page[0]) >= 1 && Number(page[0]) <= LIMITS.page)) return null
  const out = new URLSearchParams()
  for (const s of stars) out.append("stars", s)
  for (const g of group) out.append("group", g)
  for (const c of commune) out.append("commune", c)
  if (sort.length && sort[0] !== "stars") out.set("sort", sort[0]) // "stars" is the default order
  if (page.length && page[0] !== "1") out.set("page", String(Number(page[0])))
  return out.toString()
}

/** The cache key of a catalogue URL's query, or null when it is not a cacheable facet page. */
export function facetKey(search: URLSearchParams): string | null {
  const query = canonical(search)
  return query === null ? null : KEY_PREFIX + Buffer.from(query, "utf8").toString("base64url")
}

/** The query a key stands for; null for a key that is not exactly one `facetKey` makes. */
export function queryFromKey(key: string): CatalogueQuery | null {
  if (!key.startsWith(KEY_PREFIX) || !/^[A-Za-z0-9_-]*$/.test(key.slice(1))) return null
  const search = new URLSearchParams(Buffer.from(key.slice(1), "base64url").toString("utf8"))
  if (facetKey(search) !== key) return null
  const sp: SearchParams = {}
  for (const name of new Set(search.keys())) sp[name] = search.getAll(name)
  return parseCatalogue(sp)
}
