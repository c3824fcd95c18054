import { describe, expect, it } from "vitest"
import vi from "../../../../messages/vi.json"
import en from "../../../../messages/en.json"
import { CATALOGUE_DONE, CATALOGUE_PROBLEMS, catalogueProblem, typedAmount } from "../catalogue-refusal"

describe("the catalogue page's refusals", () => {
  it("reads the API's refusals of an edit into sentences the page has in both languages", () => {
    const invalid = (m: string) => catalogueProblem({ status: 400, message: `Invalid request: ${m}` })
    expect(invalid("variants.0.price: price must be above zero")).toBe("priceNegative")
    expect(invalid("variants.0.price: price must be a whole number of VND")).toBe("priceFraction")
    expect(invalid("variants.0.price: price cannot be above 100000000 VND")).toBe("priceTooHigh")
    expect(invalid("variants.0.price: price must be a number")).toBe("notNumber")
    expect(invalid("variants.1.weight: weight must be above zero")).toBe("shelfNegative")
    expect(invalid("variants.0.height: height must be a whole number of millimetres")).toBe("shelfFraction")
    expect(invalid("variants.0.width: width cannot be above 5000 millimetres")).toBe("shelfTooHigh")
    expect(invalid("description: description cannot be longer than 5000 characters")).toBe("tooLong")
    expect(catalogueProblem({ status: 404, message: "No such product among this producer's products" })).toBe(
      "notFound",
    )
    expect(catalogueProblem({ status: 500, message: "boom" })).toBe("failed")
    for (const messages of [vi, en]) {
      const page = messages.ProducerCatalogue as unknown as Record<string, Record<string, string>>
      for (const key of CATALOGUE_PROBLEMS) expect(page.problems[key], key).toBeTruthy()
      for (const key of CATALOGUE_DONE) expect(page.done[key], key).toBeTruthy()
    }
  })

  it("reads a price as Vietnamese writes it, and passes anything else for the API to judge", () => {
    expect(typedAmount("125000")).toBe(125000)
    expect(typedAmount("125.000")).toBe(125000)
    expect(typedAmount("1.250.000")).toBe(1250000)
    expect(typedAmount("125 000")).toBe(125000)
    expect(typedAmount("1500,5")).toBe(1500.5)
    expect(typedAmount("-3")).toBe(-3)
    expect(typedAmount("mười")).toBe("mười")
  })
})
