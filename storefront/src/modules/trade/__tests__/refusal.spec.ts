import { describe, expect, it } from "vitest"
import { readRefusal, REFUSAL_FIELDS, REFUSAL_PROBLEMS } from "../refusal"
import en from "../../../../messages/en.json"
import vi from "../../../../messages/vi.json"

describe("API refusals in the page's language", () => {
  it("finding 8: names the field of a validator's own message, not its English text", () => {
    const refusal = readRefusal({
      status: 400,
      message: "Invalid request: tax_code must be 10 digits, or 10 digits-3 digits for a branch",
    })
    expect(refusal).toEqual({ status: 400, fields: { tax_code: "fields.tax_code" }, problem: "generic.checkFields" })
  })

  it("finding 8: reads Medusa's messages about several fields, nested ones by their top field", () => {
    const refusal = readRefusal({
      status: 400,
      message:
        "Invalid request: Field 'company_name' is required; Expected type: 'number' for field 'quantity', got: 'abc'; Value for field 'lines, 0, unit_price' too small, expected at least: '0'",
    })
    expect(refusal.fields).toEqual({
      company_name: "fields.company_name",
      quantity: "fields.quantity",
      lines: "fields.lines",
    })
  })

  it("finding 8: gives the workflows' refusals their own sentence, about a field where there is one", () => {
    expect(readRefusal({ status: 400, message: "deadline is in the past" })).toEqual({
      status: 400,
      fields: { deadline: "problems.deadlinePast" },
      problem: "generic.checkFields",
    })
    expect(
      readRefusal({ status: 400, message: "Hội chợ OCOP Quảng Trị 2026 is over; meetings can no longer be booked" })
        .problem,
    ).toBe("problems.fairOver")
    expect(readRefusal({ status: 409, message: "Cơ sở A already has a meeting in this slot" }).problem).toBe(
      "problems.counterpartBusy",
    )
    expect(readRefusal({ status: 403, message: "The OCOP office has not verified this business profile yet" })).toEqual(
      { status: 403, fields: {}, problem: "problems.notVerified" },
    )
  })

  it("finding 8: an unforeseen refusal gets a general sentence for its status, never its text", () => {
    expect(readRefusal({ status: 400, message: "Invalid request: Unrecognized fields: 'x'" }).problem).toBe(
      "generic.failed",
    )
    expect(readRefusal({ status: 400, message: "Invalid string: must match pattern /^\\d{1,6}$/" })).toEqual({
      status: 400,
      fields: {},
      problem: "generic.failed",
    })
    expect(readRefusal({ status: 500, message: "An unknown error occurred." }).problem).toBe("generic.failed")
    expect(readRefusal({ status: 409, message: "Something else" }).problem).toBe("generic.conflict")
  })

  it("finding 8: every key it can give has a message in both languages", () => {
    const keys = new Set<string>(REFUSAL_FIELDS.map((f) => `fields.${f}`))
    for (const heading of ["failed", "conflict", "notVerified", "notFound", "signedOut", "tooLarge", "notPdf"])
      keys.add(`generic.${heading}`)
    keys.add("generic.checkFields")
    for (const problem of REFUSAL_PROBLEMS) keys.add(`problems.${problem}`)
    for (const messages of [vi, en]) {
      const errors = (messages as Record<string, unknown>).TradeErrors as Record<string, Record<string, string>>
      for (const key of keys) {
        const [group, name] = key.split(".")
        expect([key, typeof errors[group]?.[name]]).toEqual([key, "string"])
      }
    }
  })
})
