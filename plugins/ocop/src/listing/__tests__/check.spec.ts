import { describe, expect, it } from "vitest"
import { LEGAL_FRAMEWORKS } from "../../data/legal-frameworks"
import { listingOf } from "../check"

const at = new Date("2026-06-01T00:00:00+07:00")
const cert = (over: Record<string, unknown> = {}) => ({
  status: "active" as const,
  stars: 4,
  decision_date: "2024-03-01",
  valid_until: "2027-02-28",
  ...over,
})
const decide = (status: string, certificates: ReturnType<typeof cert>[]) =>
  listingOf({ id: "prod_1", status, certificates }, LEGAL_FRAMEWORKS, at)

describe("the live listing check", () => {
  it("lists a published product with an active certificate of 3 stars or more", () => {
    const l = decide("published", [cert()])
    expect(l).toMatchObject({ listed: true, stale: false, decision: { listed: true, reason: "listed" } })
  })

  it("is not on sale while the product is a draft, and says the shelf is stale", () => {
    expect(decide("draft", [cert()])).toMatchObject({ listed: false, stale: true, decision: { listed: true } })
  })

  it("takes a published product off sale once its certificate is revoked, below 3 stars or past its last day", () => {
    for (const c of [cert({ status: "revoked" }), cert({ stars: 2 }), cert({ valid_until: "2026-05-31" })]) {
      expect(decide("published", [c])).toMatchObject({ listed: false, stale: true, current: null })
    }
  })

  it("names the certificate that lists the product: most stars, then the latest validity", () => {
    const best = cert({ stars: 5, valid_until: "2027-01-31" })
    const later = cert({ stars: 5, valid_until: "2027-02-28" })
    const l = decide("published", [cert({ stars: 3 }), best, later, cert({ stars: 5, status: "suspended" })])
    expect(l.current).toBe(later)
  })

  it("keeps an unlisted draft unlisted and not stale; a product without certificates says so", () => {
    expect(decide("draft", [])).toMatchObject({ listed: false, stale: false, decision: { reason: "no_certificate" } })
  })
})
