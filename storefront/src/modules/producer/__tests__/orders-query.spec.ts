import { PRODUCER_ORDER_STATUSES } from "@ocop/core"
import { describe, expect, it } from "vitest"
import vi from "../../../../messages/vi.json"
import en from "../../../../messages/en.json"
import { ordersApiQuery, ordersHref, ordersQuery, pageCount } from "../orders-query"

describe("the order list's address", () => {
  it("reads a known state and a page, and anything else as the default", () => {
    expect(ordersQuery({})).toEqual({ status: null, page: 1 })
    expect(ordersQuery({ status: "shipped", page: "3" })).toEqual({ status: "shipped", page: 3 })
    expect(ordersQuery({ status: "lost", page: "-2" })).toEqual({ status: null, page: 1 })
    expect(ordersQuery({ status: ["new"], page: "1.5" })).toEqual({ status: null, page: 1 })
    expect(ordersQuery({ page: "0" })).toEqual({ status: null, page: 1 })
    expect(ordersQuery({ page: "99999" }).page).toBe(10_000)
  })

  it("asks the API for the page's offset, and writes addresses without the defaults", () => {
    expect(ordersApiQuery({ status: null, page: 1 })).toEqual({ limit: 20, offset: 0 })
    expect(ordersApiQuery({ status: "new", page: 3 })).toEqual({ status: "new", limit: 20, offset: 40 })
    expect(ordersHref({ status: null, page: 1 })).toBe("/account/producer/orders")
    expect(ordersHref({ status: "delivered", page: 2 })).toBe("/account/producer/orders?status=delivered&page=2")
    expect([pageCount(0), pageCount(20), pageCount(21)]).toEqual([1, 1, 2])
  })

  it("names every state in both languages, for the producer and for the shopper", () => {
    for (const messages of [vi, en]) {
      for (const status of PRODUCER_ORDER_STATUSES) {
        expect(messages.ProducerOrders.statuses[status], status).toBeTruthy()
        expect(messages.Order.shipments.status[status], status).toBeTruthy()
      }
    }
  })
})
