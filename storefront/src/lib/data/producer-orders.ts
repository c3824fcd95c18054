import "server-only"
import {
  suspensionReasonOf,
  type ProducerOrderDetail,
  type ProducerOrderResponse,
  type ProducerOrdersResponse,
} from "@ocop/core"
import { ordersApiQuery, type OrdersQuery } from "@/modules/producer/orders-query"
import { storeCall, storeError } from "./session"

/** What the signed-in account finds on an order page: the data, a suspension's reason, or nothing. */
export type OrdersAccess<T> = { kind: "member"; data: T } | { kind: "suspended"; reason: string } | { kind: "none" }

/** A workspace read as a page shows it: a 403 is the account's standing, not an error page. */
async function asMember<T>(read: () => Promise<T>): Promise<OrdersAccess<T>> {
  try {
    return { kind: "member", data: await read() }
  } catch (e) {
    const { status, message } = storeError(e)
    if (status !== 403) throw e
    const reason = suspensionReasonOf(message)
    return reason === null ? { kind: "none" } : { kind: "suspended", reason }
  }
}

/** A page of the producer's parts of orders, newest first (`GET /store/producer/orders`, never cached). */
export const getProducerOrders = (query: OrdersQuery) =>
  asMember(() => storeCall<ProducerOrdersResponse>("/store/producer/orders", { query: ordersApiQuery(query) }))

/**
 * One part with where it goes (`GET /store/producer/orders/:id`); null when it is not this
 * producer's (the API's 404), so the page is the site's not-found.
 */
export const getProducerOrder = (id: string) =>
  asMember(async (): Promise<ProducerOrderDetail | null> => {
    try {
      return (await storeCall<ProducerOrderResponse>(`/store/producer/orders/${encodeURIComponent(id)}`)).order
    } catch (e) {
      if (storeError(e).status === 404) return null
      throw e
    }
  })

/**
 * How many parts wait for the producer (state `new`), for the workspace's link. Null when it cannot
 * be read: the workspace still opens, its link then without a count.
 */
export async function countWaitingOrders(): Promise<number | null> {
  try {
    const page = await storeCall<ProducerOrdersResponse>("/store/producer/orders", {
      query: { status: "new", limit: 1 },
    })
    return page.count
  } catch {
    return null
  }
}
