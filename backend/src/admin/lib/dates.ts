/**
 * Officials read and enter times on Vietnam's wall clock, whatever time zone the browser is in.
 * Vietnam keeps UTC+7 all year (no daylight saving), so a wall-clock time is one fixed instant.
 */
const ZONE = "Asia/Ho_Chi_Minh"
const OFFSET = "+07:00"
const DAY_MS = 86_400_000

// formatToParts rather than a locale's whole string: locales have changed their date layout before.
const clock = new Intl.DateTimeFormat("en-US", {
  timeZone: ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
})
const vnParts = (at: Date) => Object.fromEntries(clock.formatToParts(at).map((p) => [p.type, p.value]))

/** The Vietnamese calendar day `daysAgo` days before today, as YYYY-MM-DD. */
export function vnDay(daysAgo = 0): string {
  const p = vnParts(new Date(Date.now() - daysAgo * DAY_MS))
  return `${p.year}-${p.month}-${p.day}`
}

/** Now on Vietnam's clock, in the `YYYY-MM-DDTHH:mm` form a datetime-local input takes. */
export function vnNowLocal(): string {
  const p = vnParts(new Date())
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`
}

/** A datetime-local value read as Vietnam time, as the ISO date-time with offset the API asks for. */
export const vnLocalToIso = (value: string) => `${value.length === 16 ? `${value}:00` : value}${OFFSET}`

/** A calendar day YYYY-MM-DD as Vietnamese write it (05/01/2026); no time zone involved. */
export function formatDay(day: string | null | undefined): string {
  if (!day) return "—"
  const [y, m, d] = day.slice(0, 10).split("-")
  return `${d}/${m}/${y}`
}

/** An instant on Vietnam's clock: 14:30 05/01/2026. */
export function formatTime(at: string | null | undefined): string {
  if (!at) return "—"
  const p = vnParts(new Date(at))
  return `${p.hour}:${p.minute} ${p.day}/${p.month}/${p.year}`
}
