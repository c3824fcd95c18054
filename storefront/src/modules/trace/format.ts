import { isIsoDate, vietnameseDay } from "@ocop/core"

// Spelled out rather than asked of Intl: ICU versions disagree on English abbreviations ("Sep" or
// "Sept"), and a scan page should read the same on every server.
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

/** A calendar day (YYYY-MM-DD) as the locale writes it: `29/11/2026` in Vietnamese, `29 Nov 2026` in English. */
export function calendarDay(date: string, locale: string): string {
  if (!isIsoDate(date)) return date // shown as sent rather than as "NaN"
  if (locale !== "en") return vietnameseDay(date)
  const [y, m, d] = date.split("-").map(Number)
  return `${d} ${MONTHS[m - 1]} ${y}`
}

// Journeys and scans happen in Vietnam: their day and hour are Vietnam's, whatever the server's
// time zone or the tourist's phone.
const inVietnam = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Asia/Ho_Chi_Minh",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
})

/** The calendar day (YYYY-MM-DD) and time (HH:mm) in Vietnam of an ISO 8601 instant; null if unreadable. */
export function vietnamDayAndTime(instant: string): { day: string; time: string } | null {
  const at = new Date(instant)
  if (Number.isNaN(at.getTime())) return null
  const part = Object.fromEntries(inVietnam.formatToParts(at).map((p) => [p.type, p.value]))
  return { day: `${part.year}-${part.month}-${part.day}`, time: `${part.hour}:${part.minute}` }
}
