import { PRODUCER_ORDER_STATUSES, type ProducerOrderStatus } from "@ocop/core"

/** Parts per page of the producer's order list. */
export const ORDERS_PER_PAGE = 20
/** Far past any real list; keeps a typed `?page=` from asking the API for an offset it refuses. */
const LAST_PAGE = 10_000

export type OrdersQuery = { status: ProducerOrderStatus | null; page: number }

/**
 * The order list's state and page from the address. Anything the page does not know (an unknown
 * state, a page that is not a whole number from 1) reads as the default rather than an error page:
 * the address is typed, bookmarked and shared.
 */
export function ordersQuery(raw: { status?: unknown; page?: unknown }): OrdersQuery {
  const status = PRODUCER_ORDER_STATUSES.find((s) => s === raw.status) ?? null
  const page = typeof raw.page === "string" && /^\d{1,5}$/.test(raw.page) ? Number(raw.page) : 1
  return { status, page: Math.min(Math.max(page, 1), LAST_PAGE) }
}

/** The API's query for a page of the list. */
export const ordersApiQuery = ({ status, page }: OrdersQuery) => ({
  ...(status ? { status } : {}),
  limit: ORDERS_PER_PAGE,
  offset: (page - 1) * ORDERS_PER_PAGE,
})

/** The list's address for a state and page, leaving out what is the default. */
export function ordersHref({ status, page }: OrdersQuery): string {
  const params = new URLSearchParams()
  if (status) params.set("status", status)
  if (page > 1) params.set("page", String(page))
  const query = params.toString()
  return `/account/producer/orders${query ? `?${query}` : ""}`
}

/** How many pages `count` parts fill (at least one, so an empty list is "page 1 of 1"). */
export const pageCount = (count: number) => Math.max(1, Math.ceil(count / ORDERS_PER_PAGE))
