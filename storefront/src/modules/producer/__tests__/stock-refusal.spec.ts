import { describe, expect, it } from "vitest"
import vi from "../../../../messages/vi.json"
import en from "../../../../messages/en.json"
import { STOCK_DONE, STOCK_PROBLEMS, stockProblem, typedQuantity } from "../stock-refusal"

describe("the stock page's refusals", () => {
  it("reads the API's refusals of a level into sentences the page has in both languages", () => {
    const invalid = (m: string) => stockProblem({ status: 400, message: `Invalid request: ${m}` })
    expect(invalid("stocked_quantity cannot be below zero")).toBe("negative")
    expect(invalid("stocked_quantity must be a whole number")).toBe("fraction")
    expect(invalid("stocked_quantity cannot be above 1000000")).toBe("tooMany")
    expect(invalid("stocked_quantity must be a number")).toBe("notNumber")
    expect(
      stockProblem({
        status: 400,
        message:
          "A producer sets the stock of its own warehouse only; a sales point's stock is kept by the OCOP office",
      }),
    ).toBe("salesPoint")
    expect(stockProblem({ status: 404, message: "No such item among this producer's products" })).toBe("notFound")
    expect(stockProblem({ status: 500, message: "boom" })).toBe("failed")
    for (const messages of [vi, en]) {
      const page = messages.ProducerStock as unknown as Record<string, Record<string, string>>
      for (const key of STOCK_PROBLEMS) expect(page.problems[key], key).toBeTruthy()
      for (const key of STOCK_DONE) expect(page.done[key], key).toBeTruthy()
    }
  })

  it("sends what was typed: a number as a number, a comma as a decimal point, anything else as text", () => {
    expect(typedQuantity(" 12 ")).toBe(12)
    expect(typedQuantity("1,5")).toBe(1.5)
    expect(typedQuantity("-3")).toBe(-3)
    expect(typedQuantity("")).toBe("")
    expect(typedQuantity("mười")).toBe("mười")
  })
})
