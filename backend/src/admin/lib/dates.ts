import { formatVietnamTime, vietnamDate, vietnamDayAndTime, vietnameseDay } from "./core"

/**
 * Officials read and enter times on Vietnam's wall clock, whatever time zone the browser is in.
 * Vietnam keeps UTC+7 all year (no daylight saving), so a wall-clock time is one fixed instant.
 */
const OFFSET = "+07:00"
const DAY_MS = 86_400_000

/** The Vietnamese calendar day `daysAgo` days before today, as YYYY-MM-DD. */
export function vnDay(daysAgo = 0): string {
  return vietnamDate(new Date(Date.now() - daysAgo * DAY_MS))
}

/** Now on Vietnam's clock, in the `YYYY-MM-DDTHH:mm` form a datetime-local input takes. */
export function vnNowLocal(): string {
  const { day, time } = vietnamDayAndTime(new Date())!
  return `${day}T${time}`
}

/** A datetime-local value read as Vietnam time, as the ISO date-time with offset the API asks for. */
export const vnLocalToIso = (value: string) => `${value.length === 16 ? `${value}:00` : value}${OFFSET}`

/** A calendar day YYYY-MM-DD as Vietnamese write it (05/01/2026); no time zone involved. */
export function formatDay(day: string | null | undefined): string {
  return day ? vietnameseDay(day.slice(0, 10)) : "—"
}

/** An instant on Vietnam's clock: 14:30 05/01/2026. */
export function formatTime(at: string | null | undefined): string {
  return at ? formatVietnamTime(at, "vi", "time-day") : "—"
}
