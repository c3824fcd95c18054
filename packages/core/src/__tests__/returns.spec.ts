import { describe, expect, it } from "vitest"
import {
  DEFAULT_RETURN_WINDOW_DAYS,
  refundsByTransfer,
  RETURN_MOVES,
  RETURN_STATUSES,
  returnDeadline,
  returnWindowDays,
  withinReturnWindow,
} from "../returns"

describe("returns", () => {
  it("reads the operator's window from the store's metadata, whole days 0–365, else the default", () => {
    expect(returnWindowDays(null)).toBe(DEFAULT_RETURN_WINDOW_DAYS)
    expect(returnWindowDays({ return_window_days: "14" })).toBe(14)
    expect(returnWindowDays({ return_window_days: 30 })).toBe(30)
    expect(returnWindowDays({ return_window_days: " 0 " })).toBe(0)
    for (const bad of ["7.5", "-3", "abc", "", "400", 1e9, null, { days: 3 }])
      expect(returnWindowDays({ return_window_days: bad })).toBe(DEFAULT_RETURN_WINDOW_DAYS)
  })

  it("counts the window from delivery, to the instant", () => {
    const delivered = new Date("2026-12-01T10:00:00+07:00")
    expect(returnDeadline(delivered, 7).toISOString()).toBe("2026-12-08T03:00:00.000Z")
    expect(withinReturnWindow(delivered, 7, new Date("2026-12-08T10:00:00+07:00"))).toBe(true)
    expect(withinReturnWindow(delivered, 7, new Date("2026-12-08T10:00:01+07:00"))).toBe(false)
    expect(withinReturnWindow(null, 7)).toBe(false)
  })

  it("moves each state only from states that exist, and decides only a request", () => {
    for (const from of Object.values(RETURN_MOVES)) for (const s of from) expect(RETURN_STATUSES).toContain(s)
    expect(RETURN_MOVES.accept).toEqual(["requested"])
    expect(RETURN_MOVES.refuse).toEqual(["requested"])
    expect(RETURN_MOVES.refund).toEqual(["received"])
  })

  it("pays a card back through Stripe and everything else by transfer", () => {
    expect(refundsByTransfer("stripe")).toBe(false)
    expect(refundsByTransfer("vietqr")).toBe(true)
    expect(refundsByTransfer("cod")).toBe(true)
  })
})
