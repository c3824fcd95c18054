import { describe, expect, it } from "vitest"
import { csvCell, feeRateBps, lineFee, monthBounds, monthOf, netPayable, previousMonth, toCsv } from "../settlement"

describe("settlement rules", () => {
  it("bounds a month on Vietnam's clock, whatever the server's zone", () => {
    const { from, to } = monthBounds("2026-12")
    expect(from.toISOString()).toBe("2026-11-30T17:00:00.000Z")
    expect(to.toISOString()).toBe("2026-12-31T17:00:00.000Z")
    // 23:30 on 30 November UTC is already 1 December in Vietnam.
    expect(monthOf(new Date("2026-11-30T17:30:00Z"))).toBe("2026-12")
    expect(monthOf(new Date("2026-11-30T16:59:59Z"))).toBe("2026-11")
    expect(previousMonth("2027-01")).toBe("2026-12")
    expect(() => monthBounds("2026-13")).toThrow(/YYYY-MM/)
  })

  it("reads the operator's fee rate from a group's metadata, 0 when absent or unreadable", () => {
    expect(feeRateBps({ operator_fee_percent: "2.5" })).toBe(250)
    expect(feeRateBps({ operator_fee_percent: "3,25" })).toBe(325)
    expect(feeRateBps({ operator_fee_percent: 10 })).toBe(1000)
    for (const bad of [undefined, "", "-1", "101", "2.555", "five", "1e2"])
      expect(feeRateBps({ operator_fee_percent: bad }), String(bad)).toBe(0)
    expect(feeRateBps(null)).toBe(0)
    expect(lineFee(90_000, 250)).toBe(2_250)
    expect(lineFee(33_333, 150)).toBe(500) // 499.995 rounds half up
  })

  it("owes the producer its delivered sales and delivery fees, less the fee and refunds of sold lines", () => {
    const figures = {
      orders: 3,
      sales_cod: 180_000,
      sales_vietqr: 270_000,
      sales_stripe: 0,
      delivery_fees: 45_000,
      canceled_lines: 1,
      canceled_value: 90_000,
      refunds: 90_000,
      fee: 11_250,
      refunds_on_sales: 0,
    }
    expect(netPayable(figures)).toBe(180_000 + 270_000 + 45_000 - 11_250)
  })

  it("writes CSV a spreadsheet reads as text: quotes, Vietnamese, no formulas", () => {
    expect(csvCell('HTX "Vĩnh Hòa", Vĩnh Linh')).toBe('"HTX ""Vĩnh Hòa"", Vĩnh Linh"')
    expect(csvCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)")
    expect(csvCell(-5)).toBe("-5") // numbers stay numbers
    expect(
      toCsv([
        ["a", 1],
        ["b", null],
      ]),
    ).toBe("\uFEFFa,1\r\nb,\r\n")
  })
})
