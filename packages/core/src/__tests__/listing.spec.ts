import { describe, expect, it } from "vitest"
import frameworksJson from "../../../../plugins/ocop/src/data/frameworks.json"
import { lastDayAfterMonths, vietnamDate } from "../dates"
import { frameworkOn, frameworkProblems, starsForScore, type LegalFramework } from "../frameworks"
import { listingDecision, type CertificateFacts } from "../listing"

const frameworks = frameworksJson.frameworks as LegalFramework[]
const now = new Date("2026-11-29T03:00:00Z")
const cert = (over: Partial<CertificateFacts> = {}): CertificateFacts => ({
  status: "active",
  stars: 3,
  decision_date: "2025-09-10",
  valid_until: "2028-09-09",
  ...over,
})

describe("star bands", () => {
  it("are half-open: 69.99 is 3★, 70 is 4★, 90 is 5★", () => {
    const f = frameworkOn(frameworks, "2024-01-01")!
    expect(starsForScore(f, 49.99)).toBe(2)
    expect(starsForScore(f, 50)).toBe(3)
    expect(starsForScore(f, 69.99)).toBe(3)
    expect(starsForScore(f, 70)).toBe(4)
    expect(starsForScore(f, 90)).toBe(5)
    expect(() => starsForScore(f, 101)).toThrow(/0–100/)
  })

  it("come from the framework in force on the decision date", () => {
    expect(frameworkOn(frameworks, "2020-01-15")?.code).toBe("QD-1048-2019")
    expect(frameworkOn(frameworks, "2023-02-24")?.code).toBe("QD-148-2023")
    expect(frameworkOn(frameworks, "2025-07-06")?.code).toBe("QD-1489-2025")
    expect(frameworkOn(frameworks, "2018-01-01")).toBeUndefined()
  })

  it("shipped frameworks are consistent", () => {
    for (const f of frameworks) expect(frameworkProblems(f)).toEqual([])
  })
})

describe("listing rule", () => {
  it("lists an active, unexpired certificate of 3★ or more", () => {
    expect(listingDecision([cert()], frameworks, now)).toEqual({ listed: true, reason: "listed" })
    expect(listingDecision([cert({ stars: 5 })], frameworks, now).listed).toBe(true)
  })

  it("never lists 2★, revoked, suspended, superseded or expired products", () => {
    expect(listingDecision([cert({ stars: 2 })], frameworks, now).reason).toBe("below_threshold")
    expect(listingDecision([cert({ status: "revoked" })], frameworks, now).reason).toBe("not_active")
    expect(listingDecision([cert({ status: "suspended" })], frameworks, now).reason).toBe("not_active")
    expect(listingDecision([cert({ status: "superseded" })], frameworks, now).reason).toBe("not_active")
    expect(listingDecision([cert({ valid_until: "2026-11-28" })], frameworks, now).reason).toBe("expired")
    expect(listingDecision([], frameworks, now).reason).toBe("no_certificate")
  })

  it("keeps a certificate valid through its last day in Vietnam time", () => {
    const lastDay = cert({ valid_until: "2026-11-29" })
    expect(listingDecision([lastDay], frameworks, new Date("2026-11-29T16:59:59Z")).listed).toBe(true)
    expect(listingDecision([lastDay], frameworks, new Date("2026-11-29T17:00:00Z")).listed).toBe(false)
  })

  it("lists when any one certificate qualifies (an upgrade next to a superseded one)", () => {
    const decision = listingDecision([cert({ status: "superseded" }), cert({ stars: 4 })], frameworks, now)
    expect(decision.listed).toBe(true)
  })
})

describe("dates", () => {
  it("36 months from a decision ends the day before the anniversary", () => {
    expect(lastDayAfterMonths("2024-05-14", 36)).toBe("2027-05-13")
    expect(lastDayAfterMonths("2020-01-15", 36)).toBe("2023-01-14")
  })

  it("uses the Vietnamese calendar day", () => {
    expect(vietnamDate(new Date("2026-11-29T17:30:00Z"))).toBe("2026-11-30")
  })
})
