import { describe, expect, it } from "vitest"
import { LEGAL_FRAMEWORKS } from "../../data/legal-frameworks"
import { checkRow } from "../row"
import { row } from "./fixtures"

const check = (over: Record<string, unknown>) => checkRow({ ...strip(row()), ...over }, 7, LEGAL_FRAMEWORKS)
const strip = ({ row: _row, ...rest }: ReturnType<typeof row>) => rest
const fields = (r: ReturnType<typeof check>) => (r.ok ? [] : r.problems.map((p) => p.field))

describe("a registry row's checks against the legal frameworks", () => {
  it("accepts a consistent row and keeps its values", () => {
    const r = check({})
    expect(r.ok).toBe(true)
    if (r.ok) expect(r.value.valid_until).toBe("2027-02-28")
  })

  it("names the row and field of each problem", () => {
    const r = check({ stars: 5 })
    expect(r).toEqual({ ok: false, problems: [{ row: 7, field: "stars", reason: "5★ does not match score 75" }] })
  })

  it("refuses a framework that was not in force on the decision date", () => {
    expect(fields(check({ framework_code: "QD-1048-2019" }))).toEqual(["framework_code"])
    expect(fields(check({ decision_date: "1999-01-01", valid_from: "1999-01-01" }))).toContain("decision_date")
  })

  it("refuses parts that do not add up or exceed their maximum", () => {
    expect(fields(check({ score_a: 31 }))).toEqual(["score"])
    expect(fields(check({ score_a: 41, score_b: 9 }))).toEqual(["score_a"])
  })

  it("refuses a validity other than the framework's months", () => {
    const r = check({ valid_until: "2027-03-01" })
    expect(r.ok ? null : r.problems[0].reason).toBe("should be 2027-02-28 (36 months from 2024-03-01)")
  })

  it("requires the decision behind a revocation or suspension", () => {
    expect(fields(check({ status: "revoked" }))).toEqual(["status_reason"])
    const revoked = check({ status: "revoked", status_reason: "food_safety_violation", status_decision_number: "9/QĐ" })
    expect(revoked.ok).toBe(true)
  })

  it("refuses unknown fields, non-ASCII handles, impossible dates and unknown statuses", () => {
    expect(fields(check({ colour: "red" }))).toEqual(["(row)"])
    expect(fields(check({ product_handle: "nước-mắm" }))).toEqual(["product_handle"])
    expect(fields(check({ decision_date: "2024-02-30" }))).toContain("decision_date")
    expect(fields(check({ status: "pending" }))).toEqual(["status"])
  })
})
