/** Far past any real list; keeps a typed `?page=` from asking the API for an offset it refuses. */
const LAST_PAGE = 10_000

export type StatusListQuery<S extends string> = { status: S | null; page: number }

/**
 * A workspace list filtered by state and read a page at a time (the producer's orders, its
 * returns): the query from the address, the API's query, the list's address and its page count,
 * one implementation for every such list.
 */
export function statusListQuery<S extends string>(statuses: readonly S[], path: string, perPage: number) {
  return {
    /**
     * The state and page from the address. Anything the page does not know (an unknown state, a page
     * that is not a whole number from 1) reads as the default rather than an error page: the address
     * is typed, bookmarked and shared.
     */
    parse(raw: { status?: unknown; page?: unknown }): StatusListQuery<S> {
      const status = statuses.find((s) => s === raw.status) ?? null
      const page = typeof raw.page === "string" && /^\d{1,5}$/.test(raw.page) ? Number(raw.page) : 1
      return { status, page: Math.min(Math.max(page, 1), LAST_PAGE) }
    },
    /** The API's query for a page of the list. */
    apiQuery: ({ status, page }: StatusListQuery<S>) => ({
      ...(status ? { status } : {}),
      limit: perPage,
      offset: (page - 1) * perPage,
    }),
    /** The list's address for a state and page, leaving out what is the default. */
    href({ status, page }: StatusListQuery<S>): string {
      const params = new URLSearchParams()
      if (status) params.set("status", status)
      if (page > 1) params.set("page", String(page))
      const query = params.toString()
      return `${path}${query ? `?${query}` : ""}`
    },
    /** How many pages `count` items fill (at least one, so an empty list is "page 1 of 1"). */
    pageCount: (count: number) => Math.max(1, Math.ceil(count / perPage)),
  }
}
