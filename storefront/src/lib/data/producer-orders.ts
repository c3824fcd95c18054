import "server-only"
import { type ProducerOrderResponse, type ProducerOrdersResponse } from "@ocop/core"
import { ordersApiQuery, type OrdersQuery } from "@/modules/producer/orders-query"
import { asMemberData, ownRecordOrNull } from "./producer-access"
import { storeCall } from "./session"

/** A page of the producer's parts of orders, newest first (`GET /store/producer/orders`, never cached). */
export const getProducerOrders = (query: OrdersQuery) =>
  asMemberData(() => storeCall<ProducerOrdersResponse>("/store/producer/orders", { query: ordersApiQuery(query) }))

/**
 * One part with where it goes (`GET /store/producer/orders/:id`); null when it is not this
 * producer's (the API's 404), so the page is the site's not-found.
 */
export const getProducerOrder = (id: string) =>
  asMemberData(() =>
    ownRecordOrNull(
      async () => (await storeCall<ProducerOrderResponse>(`/store/producer/orders/${encodeURIComponent(id)}`)).order,
    ),
  )

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
