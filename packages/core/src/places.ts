/** An administrative unit as far as resolving addresses needs it. */
export type UnitFacts = { code: string; valid_to: string | null }
/** One step of a reorganisation: `from_code` became (part of) `to_code`. */
export type SuccessionFacts = { from_code: string; to_code: string; type: "merge" | "split" | "rename" | "partial" }

export type UnitResolution = { ok: true; code: string } | { ok: false; reason: "unknown" | "ambiguous"; detail: string }

/**
 * Today's unit for a code a record carries: the code itself while the unit is
 * in force, otherwise its successor, followed through later reorganisations.
 * Merges and renames have one successor; a split or a partial transfer has
 * several, and picking one would put a producer in the wrong commune.
 */
export function currentUnit(code: string, units: UnitFacts[], successions: SuccessionFacts[]): UnitResolution {
  const byCode = new Map(units.map((u) => [u.code, u]))
  const seen = new Set<string>()
  let at = code
  for (;;) {
    const unit = byCode.get(at)
    if (!unit) return { ok: false, reason: "unknown", detail: `no administrative unit with code ${at}` }
    if (!unit.valid_to) return { ok: true, code: at }
    if (seen.has(at)) return { ok: false, reason: "ambiguous", detail: `succession of ${code} loops at ${at}` }
    seen.add(at)
    const next = [...new Set(successions.filter((s) => s.from_code === at).map((s) => s.to_code))]
    if (next.length !== 1) {
      return {
        ok: false,
        reason: next.length ? "ambiguous" : "unknown",
        detail: next.length
          ? `${at} ended and was split between ${next.join(", ")}`
          : `${at} ended with no recorded successor`,
      }
    }
    at = next[0]
  }
}
