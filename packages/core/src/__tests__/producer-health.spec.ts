import { describe, expect, it } from "vitest"
import { healthConcerns, orderPerformance, shareOf, type CatalogueHealth } from "../producer-health"

const clean: CatalogueHealth = { products: 2, missing_english: 0, missing_photos: 0, variants: 3, out_of_stock: 0 }
const counts = { parts: 4, shipped: 3, median_ship_hours: 20, lines: 10, canceled_lines: 1 }

describe("producer health", () => {
  it("measures a share only when there is something to measure", () => {
    expect(shareOf(1, 4)).toBe(0.25)
    expect(shareOf(0, 3)).toBe(0)
    expect(shareOf(0, 0)).toBeNull()
    expect(shareOf(3, -1)).toBeNull()
    expect(shareOf(Number.NaN, 2)).toBeNull()
    // More cancelled than placed cannot be; the share stays within 0–1.
    expect(shareOf(5, 4)).toBe(1)
  })

  it("rounds the median hours to a tenth and the cancellation rate to a tenth of a percent", () => {
    expect(orderPerformance({ ...counts, median_ship_hours: 19.96, canceled_lines: 1, lines: 3 })).toEqual({
      ...counts,
      lines: 3,
      median_ship_hours: 20,
      cancellation_rate: 0.3333,
    })
    const none = orderPerformance({ parts: 0, shipped: 0, median_ship_hours: null, lines: 0, canceled_lines: 0 })
    expect([none.median_ship_hours, none.cancellation_rate]).toEqual([null, null])
    // A clock set back between placing and shipping is not a negative time to ship.
    expect(orderPerformance({ ...counts, median_ship_hours: -0.2 }).median_ship_hours).toBe(0)
  })

  it("names each gap of the catalogue and each slow or cancelling habit, nothing for a clean producer", () => {
    expect(healthConcerns(clean, orderPerformance(counts))).toEqual([])
    expect(
      healthConcerns(
        { ...clean, missing_english: 1, missing_photos: 2, out_of_stock: 1 },
        orderPerformance({ ...counts, median_ship_hours: 48.5, canceled_lines: 2 }),
      ),
    ).toEqual(["missing_english", "missing_photos", "out_of_stock", "slow_shipping", "many_cancellations"])
    // Exactly two days and exactly 10 % are within bounds.
    expect(healthConcerns(clean, orderPerformance({ ...counts, median_ship_hours: 48 }))).toEqual([])
    expect(healthConcerns(clean, orderPerformance({ ...counts, canceled_lines: 1, lines: 10 }))).toEqual([])
  })

  it("does not judge a cancellation rate on fewer than five lines", () => {
    expect(healthConcerns(clean, orderPerformance({ ...counts, lines: 4, canceled_lines: 2 }))).toEqual([])
    expect(healthConcerns(clean, orderPerformance({ ...counts, lines: 5, canceled_lines: 2 }))).toEqual([
      "many_cancellations",
    ])
  })
})
