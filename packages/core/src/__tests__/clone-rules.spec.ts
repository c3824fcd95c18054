import { describe, expect, it } from "vitest"
import { cloneReasons, coarseCoordinate, distanceKm, type ScanPoint } from "../clone-rules"

const rules = { maxScans: 5, distanceKm: 200, windowMinutes: 60 }
const T0 = Date.parse("2026-11-29T08:00:00+07:00")
const minutes = (m: number) => T0 + m * 60_000
// Coarse places (0.1°) of a few towns.
const DONG_HA = { lat: 16.8, lon: 107.1 }
const HUE = { lat: 16.5, lon: 107.6 }
const HA_NOI = { lat: 21.0, lon: 105.8 }
const scan = (m: number, place: { lat: number; lon: number } | null): ScanPoint => ({
  at: minutes(m),
  lat: place?.lat ?? null,
  lon: place?.lon ?? null,
})

describe("clone rules", () => {
  it("measure distances on the globe (Đông Hà to Hà Nội is about 500 km)", () => {
    expect(distanceKm(DONG_HA, HA_NOI)).toBeGreaterThan(480)
    expect(distanceKm(DONG_HA, HA_NOI)).toBeLessThan(530)
    expect(coarseCoordinate(16.8163)).toBe(16.8)
  })

  it("leave a genuine unit alone: a few scans in one region, a trip by road", () => {
    const sequence = [scan(0, DONG_HA), scan(5, DONG_HA), scan(90, HUE), scan(600, HA_NOI), scan(601, null)]
    expect(cloneReasons(sequence, rules)).toEqual([])
  })

  it("flag a serial scanned more often than allowed", () => {
    const sequence = Array.from({ length: 6 }, (_, i) => scan(i * 1000, DONG_HA))
    expect(cloneReasons(sequence, rules)).toEqual([{ rule: "too_many_scans", scans: 6, limit: 5 }])
    expect(cloneReasons(sequence.slice(1), rules)).toEqual([])
  })

  it("flag scans in places too far apart within the window, whatever order they arrive in", () => {
    const sequence = [scan(30, HA_NOI), scan(0, DONG_HA), scan(10, HUE)]
    expect(cloneReasons(sequence, rules)).toEqual([{ rule: "too_far_apart", km: expect.any(Number), minutes: 30 }])
    // The same places an afternoon apart are a journey, not a clone.
    expect(cloneReasons([scan(0, DONG_HA), scan(61, HA_NOI)], rules)).toEqual([])
  })

  it("ignore scans without a place for the distance rule", () => {
    expect(cloneReasons([scan(0, null), scan(1, HA_NOI), scan(2, null)], rules)).toEqual([])
  })
})
