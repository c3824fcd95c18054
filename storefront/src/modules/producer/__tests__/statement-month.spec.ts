import { describe, expect, it } from "vitest"
import { statementMonth } from "../statement-month"

describe("a statement's month", () => {
  it("reads as each language writes a month, and an unreadable one as sent", () => {
    expect(statementMonth("2026-12", "vi")).toBe("Tháng 12/2026")
    expect(statementMonth("2027-01", "vi")).toBe("Tháng 1/2027")
    expect(statementMonth("2026-12", "en")).toBe("December 2026")
    expect(statementMonth("2026-13", "en")).toBe("2026-13")
    expect(statementMonth("soon", "vi")).toBe("soon")
  })
})
