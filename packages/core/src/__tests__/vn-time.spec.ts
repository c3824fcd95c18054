import { describe, expect, it } from "vitest"
import { calendarDay, formatVietnamTime, vietnamDayAndTime } from "../vn-time"

describe("calendarDay", () => {
  it("writes dd/mm/yyyy in Vietnamese and '29 Nov 2026' in English", () => {
    expect(calendarDay("2026-11-29", "vi")).toBe("29/11/2026")
    expect(calendarDay("2026-09-05", "en")).toBe("5 Sep 2026")
  })

  it("shows what it cannot read as it came", () => expect(calendarDay("2026-02-30", "en")).toBe("2026-02-30"))
})

describe("vietnamDayAndTime", () => {
  it("is Vietnam's day and hour (UTC+7), across midnight", () => {
    expect(vietnamDayAndTime("2026-11-28T17:30:00Z")).toEqual({ day: "2026-11-29", time: "00:30" })
    expect(vietnamDayAndTime(new Date("2026-11-28T16:59:00Z"))).toEqual({ day: "2026-11-28", time: "23:59" })
  })

  it("is null for an unreadable instant", () => expect(vietnamDayAndTime("yesterday")).toBeNull())
})

describe("formatVietnamTime", () => {
  it("shows a meeting slot in Vietnam time whatever the server's zone", () => {
    expect(formatVietnamTime("2026-09-18T01:00:00.000Z", "vi", "day-time")).toBe("18/09/2026 08:00")
    expect(formatVietnamTime("2026-09-18T01:30:00.000Z", "en", "day-time")).toBe("18 Sep 2026 08:30")
  })

  it("writes time then day for the officials' tables", () =>
    expect(formatVietnamTime("2026-01-05T07:30:00Z", "vi", "time-day")).toBe("14:30 05/01/2026"))

  it("writes the day alone, Vietnam's even when UTC is still on the day before", () => {
    expect(formatVietnamTime("2026-12-31T20:00:00Z", "vi", "day")).toBe("01/01/2027")
    expect(formatVietnamTime(new Date("2026-12-31T20:00:00Z"), "en", "day")).toBe("1 Jan 2027")
  })

  it("shows an unreadable instant as it came", () => expect(formatVietnamTime("soon", "vi")).toBe("soon"))
})
