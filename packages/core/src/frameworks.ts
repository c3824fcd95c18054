import { isIsoDate } from "./dates"

/**
 * A legal framework of the OCOP programme (QĐ 1048/2019, QĐ 148/2023, …).
 * Thresholds are data so that an official can add the next decision without code.
 */
export type Stars = 1 | 2 | 3 | 4 | 5
export type RecognisingLevel = "commune" | "district" | "province" | "ministry"

export type LegalFramework = {
  code: string
  name: string
  effective_from: string
  effective_to: string | null
  /** Lower bound of each star's half-open band: stars s covers [min_score, next band's min). */
  star_bands: { stars: Stars; min_score: number }[]
  /** The lowest star that counts as certified (3 in every framework so far). */
  min_certified_stars: Stars
  validity_months: number
  renewal_notice_days: number
  score_parts_max: { A: number; B: number; C: number }
  recognised_by: Partial<Record<`${Stars}`, RecognisingLevel>>
}

/** The framework in force on `date` (YYYY-MM-DD), or undefined if none covers it. */
export function frameworkOn(frameworks: readonly LegalFramework[], date: string): LegalFramework | undefined {
  if (!isIsoDate(date)) throw new RangeError(`not a calendar date: ${date}`)
  return frameworks.find((f) => f.effective_from <= date && (f.effective_to === null || date <= f.effective_to))
}

/** Stars earned by a council score under `framework`'s bands. */
export function starsForScore(framework: LegalFramework, score: number): Stars {
  if (!(score >= 0 && score <= 100)) throw new RangeError(`score must be within 0–100, got ${score}`)
  const bands = [...framework.star_bands].sort((a, b) => b.min_score - a.min_score)
  const band = bands.find((b) => score >= b.min_score)
  if (!band) throw new RangeError(`framework ${framework.code} has no band for score ${score}`)
  return band.stars
}

/** Problems with a framework record, empty when it is usable. */
export function frameworkProblems(f: LegalFramework): string[] {
  const problems: string[] = []
  if (!isIsoDate(f.effective_from)) problems.push("effective_from is not a YYYY-MM-DD date")
  if (f.effective_to !== null && !isIsoDate(f.effective_to)) problems.push("effective_to is not a YYYY-MM-DD date")
  const mins = f.star_bands.map((b) => b.min_score)
  if (!f.star_bands.some((b) => b.min_score === 0)) problems.push("star_bands must start at score 0")
  if (new Set(mins).size !== mins.length) problems.push("star_bands have duplicate lower bounds")
  if (!(f.validity_months > 0)) problems.push("validity_months must be positive")
  const parts = f.score_parts_max
  if (Math.abs(parts.A + parts.B + parts.C - 100) > 1e-9) problems.push("score parts must add up to 100")
  return problems
}
