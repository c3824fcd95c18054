import { isIsoDate } from "./dates"
import { SIGNED_AGREEMENT_STATUSES, type AgreementStatus } from "./agreements"

/**
 * The plan's KPIs computed from what the marketplace records, never typed in. Targets are data
 * (`PlanTarget`, e.g. Kế hoạch 76/KH-UBND); the semantics of each indicator are fixed here, in one
 * place, and documented in docs/trade.md:
 *
 * - NEW_3STAR / NEW_4STAR: products first recognised at that star (or above it for the first
 *   time) by a decision dated in the period; renewals and re-recognitions are not new.
 * - ECON_ORGS: enterprises and co-operatives holding a certificate decided in the period.
 * - NEW_COOPS: co-operatives whose first certificate was decided in the period.
 * - SUBJECTS_IN_TRADE_PROMO_PCT: of the producers holding a valid certificate at the period's end,
 *   the share that exhibited at a trade event or posted an offer in the period.
 * - PRODUCTS_WITH_MOU_PCT: of the products promoted in the period (exhibited or offered), the share
 *   named in an MoU or contract signed in the period.
 * - SIGNED_VALUE_VND / REALISED_VALUE_VND: the value of agreements signed in the period, and what
 *   was delivered against them.
 */
export type KpiIndicator =
  | "NEW_3STAR"
  | "NEW_4STAR"
  | "ECON_ORGS"
  | "NEW_COOPS"
  | "SUBJECTS_IN_TRADE_PROMO_PCT"
  | "PRODUCTS_WITH_MOU_PCT"
  | "SIGNED_VALUE_VND"
  | "REALISED_VALUE_VND"

export type PlanTarget = {
  indicator: KpiIndicator
  min: number | null
  max: number | null
  unit: "count" | "percent" | "vnd"
}

export type KpiFacts = {
  certificates: {
    product_id: string
    subject_id: string
    stars: number
    decision_date: string
    valid_until: string
    status: string
  }[]
  subjects: { id: string; type: string }[]
  exhibitors: { subject_id: string; product_ids: string[]; on: string }[]
  offers: { subject_id: string; product_id: string; on: string }[]
  agreements: {
    id: string
    status: AgreementStatus
    signed_on: string | null
    value: number
    product_ids: string[]
  }[]
  deliveries: { agreement_id: string; value: number }[]
}

export type KpiFigure = {
  indicator: KpiIndicator
  actual: number
  /** For a percentage: the numerator and denominator it was computed from. */
  of?: { count: number; total: number }
  target: PlanTarget | null
  /** met, below, above (over a max), or null without a target. */
  verdict: "met" | "below" | "above" | null
}

const ECONOMIC_ORGANISATIONS = new Set(["enterprise", "cooperative"])

export function computeKpis(facts: KpiFacts, period: { from: string; to: string }, targets: PlanTarget[]): KpiFigure[] {
  if (!isIsoDate(period.from) || !isIsoDate(period.to)) throw new RangeError("period must be YYYY-MM-DD days")
  const within = (day: string | null) => day !== null && day >= period.from && day <= period.to

  // Earliest decision per product reaching each star, and per subject overall.
  const firstAtLeast = (productId: string, stars: number) =>
    facts.certificates
      .filter((c) => c.product_id === productId && c.stars >= stars)
      .reduce<string | null>((min, c) => (min === null || c.decision_date < min ? c.decision_date : min), null)
  const newAt = (stars: number) =>
    new Set(
      facts.certificates
        .filter(
          (c) => c.stars === stars && within(c.decision_date) && firstAtLeast(c.product_id, stars) === c.decision_date,
        )
        .map((c) => c.product_id),
    ).size

  const typeOf = new Map(facts.subjects.map((s) => [s.id, s.type]))
  const certifiedInPeriod = new Set(facts.certificates.filter((c) => within(c.decision_date)).map((c) => c.subject_id))
  const econOrgs = [...certifiedInPeriod].filter((id) => ECONOMIC_ORGANISATIONS.has(typeOf.get(id) ?? "")).length
  const firstOfSubject = new Map<string, string>()
  for (const c of facts.certificates) {
    const first = firstOfSubject.get(c.subject_id)
    if (!first || c.decision_date < first) firstOfSubject.set(c.subject_id, c.decision_date)
  }
  const newCoops = [...firstOfSubject].filter(([id, first]) => typeOf.get(id) === "cooperative" && within(first)).length

  const holding = new Set(
    facts.certificates
      .filter((c) => c.status === "active" && c.decision_date <= period.to && c.valid_until >= period.to)
      .map((c) => c.subject_id),
  )
  const promotingSubjects = new Set([
    ...facts.exhibitors.filter((e) => within(e.on)).map((e) => e.subject_id),
    ...facts.offers.filter((o) => within(o.on)).map((o) => o.subject_id),
  ])
  const inPromotion = [...holding].filter((id) => promotingSubjects.has(id)).length

  const promotedProducts = new Set([
    ...facts.exhibitors.filter((e) => within(e.on)).flatMap((e) => e.product_ids),
    ...facts.offers.filter((o) => within(o.on)).map((o) => o.product_id),
  ])
  const signed = facts.agreements.filter((a) => SIGNED_AGREEMENT_STATUSES.includes(a.status) && within(a.signed_on))
  const underAgreement = new Set(signed.flatMap((a) => a.product_ids))
  const withMou = [...promotedProducts].filter((id) => underAgreement.has(id)).length
  const signedIds = new Set(signed.map((a) => a.id))

  const percent = (count: number, total: number) => ({
    actual: total ? Math.round((count / total) * 1000) / 10 : 0,
    of: { count, total },
  })
  const figures: Omit<KpiFigure, "target" | "verdict">[] = [
    { indicator: "NEW_3STAR", actual: newAt(3) },
    { indicator: "NEW_4STAR", actual: newAt(4) },
    { indicator: "ECON_ORGS", actual: econOrgs },
    { indicator: "NEW_COOPS", actual: newCoops },
    { indicator: "SUBJECTS_IN_TRADE_PROMO_PCT", ...percent(inPromotion, holding.size) },
    { indicator: "PRODUCTS_WITH_MOU_PCT", ...percent(withMou, promotedProducts.size) },
    { indicator: "SIGNED_VALUE_VND", actual: signed.reduce((sum, a) => sum + a.value, 0) },
    {
      indicator: "REALISED_VALUE_VND",
      actual: facts.deliveries.filter((d) => signedIds.has(d.agreement_id)).reduce((sum, d) => sum + d.value, 0),
    },
  ]
  return figures.map((f) => {
    const target = targets.find((t) => t.indicator === f.indicator) ?? null
    const verdict = !target
      ? null
      : target.min !== null && f.actual < target.min
        ? "below"
        : target.max !== null && f.actual > target.max
          ? "above"
          : "met"
    return { ...f, target, verdict }
  })
}

/** The figures as CSV (RFC 4180, header row), as the dashboard exports them. */
export function kpisToCsv(figures: KpiFigure[], period: { from: string; to: string }): string {
  const rows = [
    [
      "indicator",
      "period_from",
      "period_to",
      "actual",
      "count",
      "total",
      "target_min",
      "target_max",
      "unit",
      "verdict",
    ],
  ]
  for (const f of figures)
    rows.push([
      f.indicator,
      period.from,
      period.to,
      String(f.actual),
      f.of ? String(f.of.count) : "",
      f.of ? String(f.of.total) : "",
      f.target?.min == null ? "" : String(f.target.min),
      f.target?.max == null ? "" : String(f.target.max),
      f.target?.unit ?? "",
      f.verdict ?? "",
    ])
  return rows.map((r) => r.join(",")).join("\r\n") + "\r\n"
}
