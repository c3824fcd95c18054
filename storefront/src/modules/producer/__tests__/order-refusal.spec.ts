import { describe, expect, it } from "vitest"
import vi from "../../../../messages/vi.json"
import en from "../../../../messages/en.json"
import { ORDER_DONE, ORDER_PROBLEMS, orderProblem } from "../order-refusal"

describe("the order pages' refusals", () => {
  it("reads the API's refusals of an action into sentences the page has in both languages", () => {
    const invalid = (m: string) => orderProblem({ status: 400, message: `Invalid request: ${m}` })
    expect(invalid("carrier: carrier must be one of vnpost, viettelpost, ghn, ghtk, own")).toBe("carrier")
    expect(invalid("tracking_number: tracking_number must be 4 to 40 letters, digits or dashes")).toBe("tracking")
    expect(invalid("tracking_number: tracking_number is required")).toBe("tracking")
    expect(invalid("reason: reason must say why, in at least 3 characters")).toBe("reasonShort")
    expect(invalid("reason: reason is required")).toBe("reasonShort")
    expect(invalid("reason: reason must be at most 500 characters")).toBe("reasonLong")
    const conflict = (message: string) => orderProblem({ status: 409, message })
    expect(
      conflict("This order is shipped: it cannot be confirmed now (it may have just been updated by someone else)"),
    ).toBe("moved")
    expect(conflict("This part is shipped: a line can be cancelled only before it is shipped")).toBe("lineShipped")
    expect(conflict("This line is cancelled already")).toBe("lineCanceled")
    expect(conflict("Every line of this order is cancelled")).toBe("allCanceled")
    expect(orderProblem({ status: 403, message: "The OCOP office has suspended this producer: audit" })).toBe(
      "suspended",
    )
    expect(orderProblem({ status: 404, message: "No such order for this producer" })).toBe("notFound")
    expect(orderProblem({ status: 401, message: "Unauthorized" })).toBe("signedOut")
    expect(orderProblem({ status: 500, message: "boom" })).toBe("failed")
  })

  it("has every refusal and confirmation in Vietnamese and English", () => {
    for (const messages of [vi, en]) {
      const page = messages.ProducerOrders as unknown as Record<string, Record<string, string>>
      for (const key of ORDER_PROBLEMS) expect(page.problems[key], key).toBeTruthy()
      for (const key of ORDER_DONE) expect(page.done[key], key).toBeTruthy()
    }
  })
})
