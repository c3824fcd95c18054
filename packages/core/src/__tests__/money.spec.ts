import { describe, expect, it } from "vitest"
import { formatVnd } from "../money"

describe("formatVnd", () => {
  it("groups thousands with dots and puts ₫ after the amount", () => {
    expect(formatVnd(125000)).toBe("125.000\u00a0₫")
    expect(formatVnd(1250000)).toBe("1.250.000\u00a0₫")
    expect(formatVnd(0)).toBe("0\u00a0₫")
  })

  it("refuses fractions of a đồng, which do not exist", () => {
    expect(() => formatVnd(1000.5)).toThrow(/whole number/)
    expect(() => formatVnd(Number.NaN)).toThrow(/whole number/)
  })
})
