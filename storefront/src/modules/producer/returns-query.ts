import { RETURN_STATUSES, type ReturnStatus } from "@ocop/core"

/** Returns per page of the producer's list. */
export const RETURNS_PER_PAGE = 20
/** Far past any real list; keeps a typed `?page=` from asking the API for an offset it refuses. */
const LAST_PAGE = 10_000

export type ReturnsQuery = { status: ReturnStatus | null; page: number }

/**
 * The return list's state and page from the address; anything the page does not know reads as the
 * default rather than an error page (the address is typed, bookmarked and shared).
 */
export function returnsQuery(raw: { status?: unknown; page?: unknown }): ReturnsQuery {
  const status = RETURN_STATUSES.find((s) => s === raw.status) ?? null
  const page = typeof raw.page === "string" && /^\d{1,5}$/.test(raw.page) ? Number(raw.page) : 1
  return { status, page: Math.min(Math.max(page, 1), LAST_PAGE) }
}

/** The API's query for a page of the list. */
export const returnsApiQuery = ({ status, page }: ReturnsQuery) => ({
  ...(status ? { status } : {}),
  limit: RETURNS_PER_PAGE,
  offset: (page - 1) * RETURNS_PER_PAGE,
})

/** The list's address for a state and page, leaving out what is the default. */
export function returnsHref({ status, page }: ReturnsQuery): string {
  const params = new URLSearchParams()
  if (status) params.set("status", status)
  if (page > 1) params.set("page", String(page))
  const query = params.toString()
  return `/account/producer/returns${query ? `?${query}` : ""}`
}

/** How many pages `count` returns fill (at least one). */
export const returnPageCount = (count: number) => Math.max(1, Math.ceil(count / RETURNS_PER_PAGE))
