import { describe, expect, it } from "vitest"
import { orderPagePath, readReturnOutcome, returnOutcome } from "../return-outcome"

describe("return outcomes", () => {
  it("reads the Store API's refusals into what a shopper can act on", () => {
    expect(returnOutcome({ status: 400, message: "The return window closed on …" })).toBe("window")
    expect(returnOutcome({ status: 400, message: 'items: at most 2 of "Cà phê" can still be returned' })).toBe(
      "quantity",
    )
    expect(returnOutcome({ status: 400, message: "refund_account: the bank account … is required" })).toBe("account")
    expect(returnOutcome({ status: 400, message: "photos[0] is not an image that can be read" })).toBe("notImage")
    expect(returnOutcome({ status: 413, message: "photos is larger than 8 MB" })).toBe("tooLarge")
    expect(returnOutcome({ status: 409, message: "This return is refused" })).toBe("conflict")
    expect(returnOutcome({ status: 500 })).toBe("failed")
    expect(readReturnOutcome("requested")).toBe("requested")
    expect(readReturnOutcome("<script>")).toBeNull()
  })

  it("goes back to the order's own page only", () => {
    expect(orderPagePath("vi", "order_1", "", "requested")).toBe("/vi/account/orders/order_1?returns=requested#returns")
    expect(orderPagePath("en", "../x", "1.a b", "failed")).toBe(
      "/en/order/..%2Fx/confirmed?access=1.a%20b&returns=failed#returns",
    )
  })
})
