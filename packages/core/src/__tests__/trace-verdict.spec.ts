import { describe, expect, it } from "vitest"
import type { ListingDecision } from "../listing"
import { certificateState, traceCertificate, traceProof, traceWarnings, type TraceFacts } from "../trace-verdict"

const AT = new Date("2026-11-29T03:00:00Z")
const active = { status: "active" as const, stars: 4, decision_date: "2025-01-10", valid_until: "2028-01-10" }
const listed: ListingDecision = { listed: true, reason: "listed" }
const facts = (over: Partial<TraceFacts>): TraceFacts => ({
  certificate: active,
  listing: listed,
  lotKnown: true,
  serialKnown: true,
  token: "valid",
  cloneSuspected: false,
  at: AT,
  ...over,
})

describe("the verdict of a scan", () => {
  it("is genuine only when certified, listed, and the code checks out", () => {
    expect(traceWarnings(facts({}))).toEqual([])
  })

  it("puts the certificate first: revoked, suspended, expired, not certified", () => {
    const notListed: ListingDecision = { listed: false, reason: "not_active" }
    expect(traceWarnings(facts({ certificate: { ...active, status: "revoked" }, listing: notListed }))).toEqual([
      "revoked",
    ])
    expect(traceWarnings(facts({ certificate: { ...active, status: "suspended" }, listing: notListed }))).toEqual([
      "suspended",
    ])
    // Past its validity before the expiry job has run: still read as expired.
    const lapsed = { ...active, valid_until: "2026-11-28" }
    expect(certificateState(lapsed, AT)).toBe("expired")
    expect(traceWarnings(facts({ certificate: lapsed, listing: { listed: false, reason: "expired" } }))).toEqual([
      "expired",
    ])
    expect(traceWarnings(facts({ certificate: null, listing: { listed: false, reason: "no_certificate" } }))).toEqual([
      "not_certified",
    ])
    expect(
      traceWarnings(
        facts({ certificate: { ...active, stars: 2 }, listing: { listed: false, reason: "below_threshold" } }),
      ),
    ).toEqual(["not_certified"])
  })

  it("names each problem of the code", () => {
    expect(traceWarnings(facts({ lotKnown: false, serialKnown: null, token: "not_applicable" }))).toEqual([
      "unknown_lot",
    ])
    expect(traceWarnings(facts({ serialKnown: false, token: "missing" }))).toEqual([
      "unknown_serial",
      "unsigned_serial",
    ])
    expect(traceWarnings(facts({ token: "forged" }))).toEqual(["forged_token"])
    expect(traceWarnings(facts({ cloneSuspected: true }))).toEqual(["suspected_clone"])
  })

  it("proves a unit only with a known serial and its valid token; a lot code, the lot; a product code, the product", () => {
    expect(traceProof(facts({}))).toBe("unit")
    // A lot code is on every package of the lot: anyone can copy it, so it proves the lot, not the package.
    expect(traceProof(facts({ serialKnown: null, token: "not_applicable" }))).toBe("lot")
    expect(traceProof(facts({ lotKnown: null, serialKnown: null, token: "not_applicable" }))).toBe("product")
  })

  it("proves nothing once anything is wrong", () => {
    expect(traceProof(facts({ token: "forged" }))).toBe("nothing")
    expect(traceProof(facts({ token: "missing" }))).toBe("nothing")
    expect(traceProof(facts({ cloneSuspected: true }))).toBe("nothing")
    expect(traceProof(facts({ lotKnown: false, serialKnown: null, token: "not_applicable" }))).toBe("nothing")
    const revoked = { ...active, status: "revoked" as const }
    const notListed: ListingDecision = { listed: false, reason: "not_active" }
    expect(traceProof(facts({ certificate: revoked, listing: notListed, serialKnown: null }))).toBe("nothing")
    expect(traceProof(facts({ certificate: revoked, listing: notListed, lotKnown: null, serialKnown: null }))).toBe(
      "nothing",
    )
  })

  it("shows the listing certificate, or the latest decision when none lists the product", () => {
    const older = { ...active, stars: 3, decision_date: "2022-01-01", status: "superseded" as const }
    const revoked = { ...active, status: "revoked" as const, decision_date: "2025-01-10" }
    expect(traceCertificate([older, active])).toBe(active)
    expect(traceCertificate([older, revoked])).toBe(revoked)
    expect(traceCertificate([])).toBeNull()
  })
})
