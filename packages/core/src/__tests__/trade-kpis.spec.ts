import { describe, expect, it } from "vitest"
import { computeKpis, kpisToCsv, type KpiFacts, type PlanTarget } from "../trade-kpis"

/**
 * A hand-computed fixture for 2026. Producers: S1 enterprise, S2 co-operative (first certified
 * 2026), S3 co-operative (first certified 2022), S4 household, S5 co-operative group.
 */
const facts: KpiFacts = {
  subjects: [
    { id: "S1", type: "enterprise" },
    { id: "S2", type: "cooperative" },
    { id: "S3", type: "cooperative" },
    { id: "S4", type: "household" },
    { id: "S5", type: "cooperative_group" },
  ],
  certificates: [
    // P1: new 3★ in 2026.
    {
      product_id: "P1",
      subject_id: "S1",
      stars: 3,
      decision_date: "2026-03-01",
      valid_until: "2029-02-28",
      status: "active",
    },
    // P2: 3★ in 2022, renewed at 3★ in 2026 (not new), then upgraded to 4★ in 2026 (new 4★).
    {
      product_id: "P2",
      subject_id: "S3",
      stars: 3,
      decision_date: "2022-05-01",
      valid_until: "2025-04-30",
      status: "superseded",
    },
    {
      product_id: "P2",
      subject_id: "S3",
      stars: 3,
      decision_date: "2026-01-10",
      valid_until: "2029-01-09",
      status: "superseded",
    },
    {
      product_id: "P2",
      subject_id: "S3",
      stars: 4,
      decision_date: "2026-06-01",
      valid_until: "2029-05-31",
      status: "active",
    },
    // P3: new 3★ in 2026 of the new co-operative S2.
    {
      product_id: "P3",
      subject_id: "S2",
      stars: 3,
      decision_date: "2026-08-20",
      valid_until: "2029-08-19",
      status: "active",
    },
    // P4: 4★ since 2021, still valid: not new.
    {
      product_id: "P4",
      subject_id: "S4",
      stars: 4,
      decision_date: "2024-02-02",
      valid_until: "2027-02-01",
      status: "active",
    },
    // P5: new 3★ in 2026 but revoked since: still counted as recognised in the period.
    {
      product_id: "P5",
      subject_id: "S5",
      stars: 3,
      decision_date: "2026-04-04",
      valid_until: "2029-04-03",
      status: "revoked",
    },
  ],
  exhibitors: [
    { subject_id: "S1", product_ids: ["P1"], on: "2026-05-10" },
    { subject_id: "S4", product_ids: ["P4"], on: "2025-11-11" }, // last year: not in the period
  ],
  offers: [
    { subject_id: "S3", product_id: "P2", on: "2026-07-01" },
    { subject_id: "S5", product_id: "P5", on: "2026-04-10" }, // S5 holds no valid certificate at the end
  ],
  agreements: [
    { id: "A1", status: "in_delivery", signed_on: "2026-05-11", value: 120_000_000, product_ids: ["P1"] },
    { id: "A2", status: "draft", signed_on: null, value: 50_000_000, product_ids: ["P2"] },
    { id: "A3", status: "cancelled", signed_on: "2026-06-01", value: 80_000_000, product_ids: ["P2"] },
    { id: "A4", status: "signed_mou", signed_on: "2026-04-12", value: 30_000_000, product_ids: ["P5"] },
  ],
  deliveries: [
    { agreement_id: "A1", value: 45_000_000 },
    { agreement_id: "A1", value: 15_000_000 },
    { agreement_id: "A3", value: 5_000_000 },
  ],
}
const plan: PlanTarget[] = [
  { indicator: "NEW_3STAR", min: 23, max: null, unit: "count" },
  { indicator: "NEW_4STAR", min: 1, max: null, unit: "count" },
  { indicator: "NEW_COOPS", min: 4, max: 6, unit: "count" },
  { indicator: "SUBJECTS_IN_TRADE_PROMO_PCT", min: 70, max: null, unit: "percent" },
  { indicator: "PRODUCTS_WITH_MOU_PCT", min: 50, max: 70, unit: "percent" },
]
const year = { from: "2026-01-01", to: "2026-12-31" }

describe("plan KPIs", () => {
  const byIndicator = Object.fromEntries(computeKpis(facts, year, plan).map((f) => [f.indicator, f]))

  it("counts products new at 3★ and 4★, not renewals", () => {
    expect(byIndicator.NEW_3STAR.actual).toBe(3) // P1, P3, P5
    expect(byIndicator.NEW_3STAR.verdict).toBe("below")
    expect(byIndicator.NEW_4STAR.actual).toBe(1) // P2's upgrade
    expect(byIndicator.NEW_4STAR.verdict).toBe("met")
  })

  it("counts economic organisations certified in the period and new co-operatives", () => {
    expect(byIndicator.ECON_ORGS.actual).toBe(3) // S1, S2, S3 (S5 is a group, S4 a household)
    expect(byIndicator.ECON_ORGS.target).toBeNull()
    expect(byIndicator.NEW_COOPS.actual).toBe(1) // S2; S3 was first certified in 2022
  })

  it("gives the share of certified producers promoting, and of promoted products under an MoU or contract", () => {
    // Holding a valid certificate on 31/12: S1, S2, S3, S4. Promoting in 2026: S1 (fair), S3 (offer).
    expect(byIndicator.SUBJECTS_IN_TRADE_PROMO_PCT).toMatchObject({
      actual: 50,
      of: { count: 2, total: 4 },
      verdict: "below",
    })
    // Promoted in 2026: P1, P2, P5. Under a signed agreement: P1 (A1), P5 (A4); A2 is a draft, A3 cancelled.
    expect(byIndicator.PRODUCTS_WITH_MOU_PCT).toMatchObject({
      actual: 66.7,
      of: { count: 2, total: 3 },
      verdict: "met",
    })
  })

  it("sets signed value against realised value", () => {
    expect(byIndicator.SIGNED_VALUE_VND.actual).toBe(150_000_000) // A1 + A4
    expect(byIndicator.REALISED_VALUE_VND.actual).toBe(60_000_000) // A1's two deliveries
  })

  it("exports the same figures as CSV", () => {
    const csv = kpisToCsv(computeKpis(facts, year, plan), year).split("\r\n")
    expect(csv[0]).toBe("indicator,period_from,period_to,actual,count,total,target_min,target_max,unit,verdict")
    expect(csv).toContain("PRODUCTS_WITH_MOU_PCT,2026-01-01,2026-12-31,66.7,2,3,50,70,percent,met")
    expect(csv).toContain("NEW_3STAR,2026-01-01,2026-12-31,3,,,23,,count,below")
  })

  it("refuses a period that is not two calendar days", () => {
    expect(() => computeKpis(facts, { from: "2026", to: "2026-12-31" }, plan)).toThrow(/YYYY-MM-DD/)
  })
})
