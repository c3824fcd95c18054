import { describe, expect, it } from "vitest"
import { countRatings, mayReply, moderationAnswer, ratingShare, ratingSummary } from "../reviews"

describe("ratingSummary", () => {
  it("has no average and an empty distribution without reviews", () => {
    expect(ratingSummary({})).toEqual({ count: 0, average: null, distribution: { 5: 0, 4: 0, 3: 0, 2: 0, 1: 0 } })
  })

  it("counts, averages and distributes the stars", () => {
    const summary = ratingSummary(countRatings([5, 5, 4, 1]))
    expect(summary).toEqual({ count: 4, average: 3.8, distribution: { 5: 2, 4: 1, 3: 0, 2: 0, 1: 1 } })
    expect(ratingShare(summary, 5)).toBe(50)
    expect(ratingShare(summary, 3)).toBe(0)
  })

  it("rounds the average half up to one decimal from the exact sum", () => {
    // 17 / 4 = 4.25 → 4.3; 13 / 3 = 4.333… → 4.3; 14 / 3 = 4.666… → 4.7; 9 / 2 = 4.5
    expect(ratingSummary({ 5: 1, 4: 3 }).average).toBe(4.3)
    expect(ratingSummary({ 5: 1, 4: 2 }).average).toBe(4.3)
    expect(ratingSummary({ 5: 2, 4: 1 }).average).toBe(4.7)
    expect(ratingSummary({ 5: 1, 4: 1 }).average).toBe(4.5)
    expect(ratingSummary({ 1: 7 }).average).toBe(1)
  })

  it("ignores what is not a whole number of stars from 1 to 5", () => {
    expect(countRatings([0, 6, 2.5, Number.NaN, 3])).toEqual({ 5: 0, 4: 0, 3: 1, 2: 0, 1: 0 })
    expect(ratingSummary({ 0: 4, 6: 2, 3: -2, 2: 1 })).toEqual({
      count: 1,
      average: 2,
      distribution: { 5: 0, 4: 0, 3: 0, 2: 1, 1: 0 },
    })
  })
})

describe("moderation, of a review and of a producer's reply alike", () => {
  const approve = { status: "approved" as const, reason: null }
  const reject = (reason: string | null) => ({ status: "rejected" as const, reason })

  it("decides only what waits, once; a rejection needs its reason", () => {
    expect(moderationAnswer("pending", approve)).toBeNull()
    expect(moderationAnswer("pending", reject("Lời lẽ không phù hợp"))).toBeNull()
    expect(moderationAnswer("pending", reject("  "))).toMatchObject({ status: 400 })
    expect(moderationAnswer("pending", reject(null))).toMatchObject({ status: 400 })
    for (const decided of ["approved", "rejected"] as const) {
      expect(moderationAnswer(decided, approve)).toMatchObject({ status: 409 })
      expect(moderationAnswer(decided, reject("again"))).toMatchObject({ status: 409 })
    }
    expect(moderationAnswer(null, approve)).toMatchObject({ status: 409 })
  })

  it("lets a producer reply once, and once more only after a rejection", () => {
    expect(mayReply({ status: null, attempts: 0 })).toBe(true)
    expect(mayReply({ status: "pending", attempts: 1 })).toBe(false)
    expect(mayReply({ status: "approved", attempts: 1 })).toBe(false)
    expect(mayReply({ status: "rejected", attempts: 1 })).toBe(true)
    expect(mayReply({ status: "rejected", attempts: 2 })).toBe(false)
    expect(mayReply({ status: "approved", attempts: 2 })).toBe(false)
  })
})
