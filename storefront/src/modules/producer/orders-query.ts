import { PRODUCER_ORDER_STATUSES, type ProducerOrderStatus } from "@ocop/core"
import { statusListQuery, type StatusListQuery } from "./status-list-query"

/** Parts per page of the producer's order list. */
export const ORDERS_PER_PAGE = 20

export type OrdersQuery = StatusListQuery<ProducerOrderStatus>

const orders = statusListQuery(PRODUCER_ORDER_STATUSES, "/account/producer/orders", ORDERS_PER_PAGE)
export const ordersQuery = orders.parse
export const ordersApiQuery = orders.apiQuery
export const ordersHref = orders.href
export const pageCount = orders.pageCount
