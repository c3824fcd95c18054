import { describe, expect, it } from "vitest"
import en from "../../../../messages/en.json"
import vi from "../../../../messages/vi.json"
import { readOutcome, REPORT_OUTCOMES, reportOutcome, reportReturnPath } from "../report"

describe("a counterfeit report's outcome", () => {
  it("reads the Store API's answers into sentences a visitor can act on", () => {
    expect(reportOutcome({ status: 201 })).toBe("sent")
    expect(reportOutcome({ status: 429, message: "Too many attempts. Try again in 59 minutes." })).toBe("throttled")
    expect(reportOutcome({ status: 413, message: "photo is larger than 8 MB" })).toBe("tooLarge")
    expect(reportOutcome({ status: 400, message: "photo is not an image that can be read (JPEG, …)" })).toBe("notImage")
    expect(reportOutcome({ status: 400, message: "Invalid request: contact is not an e-mail address" })).toBe("contact")
    expect(reportOutcome({ status: 404, message: "GTIN 08930000009999 is not an OCOP product" })).toBe("unknownCode")
    expect(reportOutcome({ status: 400, message: "Invalid request: details: say what you saw" })).toBe("invalid")
    expect(reportOutcome({ status: 500 })).toBe("failed")
  })

  it("has a sentence in Vietnamese and in English for every outcome", () => {
    for (const messages of [vi, en]) {
      const outcomes = (messages as { Report: { outcomes: Record<string, string> } }).Report.outcomes
      expect(Object.keys(outcomes).sort()).toEqual([...REPORT_OUTCOMES].sort())
    }
  })

  it("goes back to the scan page it came from, keeping the code's signature", () => {
    expect(reportReturnPath("en", "/01/08930000001054/10/NM2610/21/AB12", "tok-_9", "sent")).toBe(
      "/en/01/08930000001054/10/NM2610/21/AB12?s=tok-_9&report=sent#report",
    )
    expect(reportReturnPath("vi", "/p/ruou-men/10/BN%2F2608", "", "throttled")).toBe(
      "/vi/p/ruou-men/10/BN%2F2608?report=throttled#report",
    )
  })

  it("never leads anywhere but this shop's scan pages", () => {
    for (const code of ["//evil.example/01/1", "/01/1?x=1", "https://evil.example", "/01//x", "/account"]) {
      expect(reportReturnPath("vi", code, "", "sent")).toBe("/vi?report=sent")
    }
    expect(readOutcome("sent")).toBe("sent")
    expect(readOutcome("<script>")).toBeNull()
    expect(readOutcome(null)).toBeNull()
  })
})
