import { isIsoDate } from "./dates"
import { vietnameseDay } from "./store-fields"

/**
 * Days and times as people in Vietnam read them. Fairs, journeys, scans, signatures and orders
 * happen in Vietnam, so their day and hour are Vietnam's, whatever the time zone of the server,
 * the official's browser or the tourist's phone.
 */

// formatToParts rather than a locale's whole string: locales have changed their date layout before.
const clock = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Asia/Ho_Chi_Minh",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
})

// Spelled out rather than asked of Intl: ICU versions disagree on English abbreviations ("Sep" or
// "Sept"), and a page should read the same on every server.
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

/** A calendar day (YYYY-MM-DD) as the locale writes it: `29/11/2026` in Vietnamese, `29 Nov 2026` in English. */
export function calendarDay(date: string, locale: string): string {
  if (!isIsoDate(date)) return date // shown as sent rather than as "NaN"
  if (locale !== "en") return vietnameseDay(date)
  const [y, m, d] = date.split("-").map(Number)
  return `${d} ${MONTHS[m - 1]} ${y}`
}

/** The calendar day (YYYY-MM-DD) and time (HH:mm) in Vietnam of an instant; null if unreadable. */
export function vietnamDayAndTime(at: Date | string): { day: string; time: string } | null {
  const instant = new Date(at)
  if (Number.isNaN(instant.getTime())) return null
  const part = Object.fromEntries(clock.formatToParts(instant).map((p) => [p.type, p.value]))
  return { day: `${part.year}-${part.month}-${part.day}`, time: `${part.hour}:${part.minute}` }
}

/**
 * How an instant is written: its day (`day`), day then time (`day-time`, the shop's pages), or
 * time then day (`time-day`, the officials' tables: "14:30 05/01/2026").
 */
export type VietnamTimeStyle = "day" | "day-time" | "time-day"

/** An instant on Vietnam's clock, its day written as the locale writes it; shown as sent if unreadable. */
export function formatVietnamTime(at: Date | string, locale: string, style: VietnamTimeStyle = "day-time"): string {
  const found = vietnamDayAndTime(at)
  if (!found) return String(at)
  const day = calendarDay(found.day, locale)
  if (style === "day") return day
  return style === "day-time" ? `${day} ${found.time}` : `${found.time} ${day}`
}
