import { describe, expect, it } from "vitest"
import communes from "../../../../seed/data/communes.json"
import { currentUnit, type SuccessionFacts, type UnitFacts } from "../places"

const units: UnitFacts[] = communes.units
const successions = communes.successions.map((s) => ({
  from_code: s.from,
  to_code: s.to,
  type: s.type,
})) as SuccessionFacts[]

describe("currentUnit", () => {
  it("keeps a commune that is still in force", () => {
    expect(currentUnit("19597", units, successions)).toEqual({ ok: true, code: "19597" })
  })

  it("maps a commune that ended on 30 June 2025 to the commune it merged into", () => {
    expect(currentUnit("old-tt-cam-lo", units, successions)).toEqual({ ok: true, code: "19597" })
  })

  it("follows a chain of reorganisations", () => {
    const chain = [
      { code: "a", valid_to: "2019-12-31" },
      { code: "b", valid_to: "2025-06-30" },
      { code: "c", valid_to: null },
    ]
    const steps: SuccessionFacts[] = [
      { from_code: "a", to_code: "b", type: "merge" },
      { from_code: "b", to_code: "c", type: "rename" },
    ]
    expect(currentUnit("a", chain, steps)).toEqual({ ok: true, code: "c" })
  })

  it("refuses to guess where a split unit's producer now is", () => {
    const split = [
      { code: "a", valid_to: "2025-06-30" },
      { code: "b", valid_to: null },
      { code: "c", valid_to: null },
    ]
    const steps: SuccessionFacts[] = [
      { from_code: "a", to_code: "b", type: "split" },
      { from_code: "a", to_code: "c", type: "split" },
    ]
    expect(currentUnit("a", split, steps)).toMatchObject({ ok: false, reason: "ambiguous" })
  })

  it("names an unknown code", () => {
    expect(currentUnit("99999", units, successions)).toEqual({
      ok: false,
      reason: "unknown",
      detail: "no administrative unit with code 99999",
    })
  })
})
