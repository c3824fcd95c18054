import { describe, expect, it } from "vitest"
import { checkRow, LEGAL_FRAMEWORKS } from "@ocop/plugin"
// @ts-expect-error -- plain ES module of the generator, tested as it runs
import * as national from "../../seed/national/generate.mjs"

// The national-scale dataset is only worth loading if the registry import accepts every row and the
// counts are the ones the benchmarks quote; checked here on the full size, without a database.
const frameworks = LEGAL_FRAMEWORKS
const cfg = national.nationalConfig({ asOf: "2026-11-29" })
const range = (n: number) => Array.from({ length: n }, (_, i) => i)

describe("the synthetic national dataset", () => {
  it("has the national counts: 3,321 communes in 34 provinces, 15,000 producers, 20,000 products, 200k lots, 2M serials, 50k scans", () => {
    const units = [...national.adminUnits(cfg)]
    expect(units.filter((u) => u.level === "province")).toHaveLength(34)
    expect(new Set(units.filter((u) => u.level === "commune").map((u) => u.code)).size).toBe(3321)
    const producers = new Set(range(cfg.products).map((i) => national.product(cfg, i).producer.key))
    expect(producers.size).toBe(15000)
    expect(new Set(range(cfg.products).map((i) => national.product(cfg, i).handle)).size).toBe(20000)
    expect(cfg.products * cfg.lotsPerProduct).toBe(200_000)
    expect(cfg.products * cfg.lotsPerProduct * cfg.serialsPerLot).toBe(2_000_000)
    let scans = 0
    for (const i of range(cfg.products))
      for (const j of range(cfg.lotsPerProduct)) scans += national.scansOfLot(cfg, i, j).length
    expect(scans).toBe(50_000)
  })

  it("is the same for the same seed and date, and different for another seed", () => {
    const sample = (c: unknown) => range(300).map((i) => national.registryRow(c, i * 61, frameworks))
    expect(sample(national.nationalConfig({ asOf: "2026-11-29" }))).toEqual(sample(cfg))
    expect(sample(national.nationalConfig({ asOf: "2026-11-29", seed: 7 }))).not.toEqual(sample(cfg))
  })

  it("gives rows the registry import accepts, with the national mix of stars and states", () => {
    const communes = new Set([...national.adminUnits(cfg)].map((u) => u.code))
    const tally: Record<string, number> = {}
    for (const i of range(cfg.products)) {
      const row = national.registryRow(cfg, i, frameworks)
      const checked = checkRow(row, i, frameworks)
      if (!checked.ok) throw new Error(`row ${i}: ${JSON.stringify(checked.problems)}`)
      expect(communes.has(row.subject_commune_code)).toBe(true)
      const listed = row.status === "active" && row.stars >= 3 && row.valid_until >= cfg.asOf
      tally[listed ? "listed" : row.stars < 3 ? "two-star" : row.status] =
        (tally[listed ? "listed" : row.stars < 3 ? "two-star" : row.status] ?? 0) + 1
    }
    // About 90 % listable; the rest 2★, revoked, suspended or lapsed, so the listing rule has work.
    expect(tally.listed / cfg.products).toBeGreaterThan(0.85)
    expect(tally.listed / cfg.products).toBeLessThan(0.95)
    for (const kind of ["two-star", "revoked", "suspended", "active"]) expect(tally[kind]).toBeGreaterThan(50)
  })

  it("prints lot codes a GS1 link can carry, unique per product", () => {
    for (const i of range(200)) {
      const codes = range(cfg.lotsPerProduct).map((j) => national.lot(cfg, i * 97, j).code)
      expect(new Set(codes).size).toBe(cfg.lotsPerProduct)
      for (const code of codes) expect(code).toMatch(/^[0-9A-Z]{1,20}$/)
    }
  })

  it("marks every name as synthetic data", () => {
    const marked = /dữ liệu tổng hợp|synthetic/
    for (const i of range(100)) {
      expect(national.product(cfg, i).subtitle).toMatch(marked)
      expect(national.product(cfg, i).producer.name).toMatch(marked)
      expect(national.business(cfg, i).profile.company_name).toMatch(marked)
    }
    for (const f of range(cfg.fairs)) expect(national.fair(cfg, f).name).toMatch(marked)
  })

  it("shrinks with --scale for quick loads, keeping per-lot figures", () => {
    const small = national.nationalConfig({ scale: 0.01, asOf: "2026-11-29" })
    expect(small).toMatchObject({ products: 200, producers: 150, scans: 500, lotsPerProduct: 10, serialsPerLot: 10 })
  })
})
