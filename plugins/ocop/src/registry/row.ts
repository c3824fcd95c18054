import { z } from "@medusajs/framework/zod"
import {
  CERTIFICATE_STATUSES,
  frameworkOn,
  isHandle,
  isIsoDate,
  lastDayAfterMonths,
  REVOCATION_REASONS,
  starsForScore,
  type LegalFramework,
} from "@ocop/core"

/**
 * One certificate as the registry publishes it (JSON feed item or CSV row,
 * documented in docs/registry-feed.md). Every import path validates with this.
 */
const date = z.string().refine(isIsoDate, { message: "must be a calendar date YYYY-MM-DD" })
const score = z.number().min(0).max(100)

export const RegistryRow = z
  .object({
    certificate_number: z.string().trim().min(1),
    product_handle: z.string().refine(isHandle, { message: "must be an ASCII handle like nuoc-mam-tung-van" }),
    subject_key: z.string().refine(isHandle, { message: "must be an ASCII key like htx-tieu-cua" }),
    subject_name: z.string().trim().min(1),
    subject_type: z.enum(["enterprise", "cooperative", "cooperative_group", "household"]),
    subject_commune_code: z.string().trim().min(1),
    stars: z.number().int().min(1).max(5),
    score,
    score_a: score,
    score_b: score,
    score_c: score,
    framework_code: z.string().trim().min(1),
    decision_number: z.string().trim().min(1),
    decision_date: date,
    authority: z.string().trim().min(1),
    valid_from: date,
    valid_until: date,
    status: z.enum(CERTIFICATE_STATUSES),
    status_reason: z.enum(REVOCATION_REASONS).nullable().default(null),
    status_decision_number: z.string().nullable().default(null),
    status_decision_date: date.nullable().default(null),
  })
  .strict()
export type RegistryRowType = z.infer<typeof RegistryRow>

export type RowProblem = { row: number; field: string; reason: string }

/** A valid row with its position in the source (1-based, after any header). */
export type NumberedRow = RegistryRowType & { row: number }

/** Parses and checks one row against the legal frameworks; problems name the field. */
export function checkRow(
  raw: unknown,
  row: number,
  frameworks: readonly LegalFramework[],
): { ok: true; value: RegistryRowType } | { ok: false; problems: RowProblem[] } {
  const parsed = RegistryRow.safeParse(raw)
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((i) => ({ row, field: i.path.join(".") || "(row)", reason: i.message })),
    }
  }
  const r = parsed.data
  const problems: RowProblem[] = []
  const add = (field: string, reason: string) => problems.push({ row, field, reason })
  const framework = frameworkOn(frameworks, r.decision_date)
  if (!framework) add("decision_date", `no legal framework was in force on ${r.decision_date}`)
  else {
    if (framework.code !== r.framework_code)
      add("framework_code", `${framework.code} was in force on ${r.decision_date}`)
    if (starsForScore(framework, r.score) !== r.stars) add("stars", `${r.stars}★ does not match score ${r.score}`)
    const max = framework.score_parts_max
    if (r.score_a > max.A || r.score_b > max.B || r.score_c > max.C)
      add("score_a", `a part exceeds its maximum (${max.A}/${max.B}/${max.C})`)
    if (Math.abs(r.score_a + r.score_b + r.score_c - r.score) > 0.011)
      add("score", "parts A+B+C do not add up to the score")
    const last = lastDayAfterMonths(r.valid_from, framework.validity_months)
    if (r.valid_until !== last)
      add("valid_until", `should be ${last} (${framework.validity_months} months from ${r.valid_from})`)
  }
  if ((r.status === "revoked" || r.status === "suspended") && (!r.status_reason || !r.status_decision_number)) {
    add("status_reason", `a ${r.status} certificate needs status_reason and status_decision_number`)
  }
  return problems.length ? { ok: false, problems } : { ok: true, value: r }
}
