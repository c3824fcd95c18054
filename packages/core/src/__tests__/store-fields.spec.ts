import { describe, expect, it } from "vitest"
import { shownCertificate, vietnameseDay, type StoreOcopFacts } from "../store-fields"

type Cert = NonNullable<StoreOcopFacts["certificates"]>[number]
const cert = (over: Partial<Cert>): Cert => ({
  number: "1",
  stars: 3,
  status: "active",
  score: 60,
  framework_code: "QD-148-2023",
  decision_number: "1/QĐ-UBND",
  decision_date: "2024-01-10",
  authority: "UBND tỉnh Quảng Trị",
  valid_from: "2024-01-10",
  valid_until: "2027-01-09",
  ...over,
})

describe("shownCertificate", () => {
  it("shows the active certificate with the most stars, not a superseded or revoked one", () => {
    const shown = shownCertificate([
      cert({ number: "old", stars: 5, status: "superseded" }),
      cert({ number: "rev", stars: 5, status: "revoked" }),
      cert({ number: "three", stars: 3 }),
      cert({ number: "four", stars: 4 }),
    ])
    expect(shown?.number).toBe("four")
  })

  it("prefers the later expiry on a tie and is null without an active one", () => {
    expect(shownCertificate([cert({ number: "a" }), cert({ number: "b", valid_until: "2028-01-01" })])?.number).toBe(
      "b",
    )
    expect(shownCertificate([cert({ status: "expired" })])).toBeNull()
    expect(shownCertificate(undefined)).toBeNull()
  })
})

describe("vietnameseDay", () => {
  it("writes day/month/year", () => expect(vietnameseDay("2028-09-09")).toBe("09/09/2028"))
})
