import { describe, expect, it } from "vitest"
import { normalizeReportContact } from "../counterfeit-report"

describe("a counterfeit report's contact", () => {
  it.each([
    ["0912 345 678", "+84912345678"],
    [" An.Nguyen@Example.VN ", "an.nguyen@example.vn"],
  ])("keeps %j as %s, so an official can call or write back", (input, contact) => {
    expect(normalizeReportContact(input)).toEqual({ ok: true, contact })
  })

  it.each([
    ["an@example", "e-mail"],
    ["an @example.vn", "e-mail"],
    ["call me tomorrow", "phone number"],
    ["+1 415 555 0100", "+84"],
  ])("refuses %j, saying it is not a %s", (input, reason) => {
    const result = normalizeReportContact(input)
    expect(result.ok).toBe(false)
    expect(result.ok ? "" : result.reason).toContain(reason)
  })
})
