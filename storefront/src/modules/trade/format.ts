import { calendarDay, vietnamDayAndTime, type TradeEventView } from "@ocop/core"

/** An event's name in the visitor's language (officials may leave the English name out). */
export function eventName(event: Pick<TradeEventView, "name" | "name_en">, locale: string): string {
  return locale === "en" && event.name_en ? event.name_en : event.name
}

/** "18/09/2026 – 20/09/2026", or one day when the event lasts one. */
export function eventDays(event: Pick<TradeEventView, "starts_on" | "ends_on">, locale: string): string {
  const from = calendarDay(event.starts_on, locale)
  return event.starts_on === event.ends_on ? from : `${from} – ${calendarDay(event.ends_on, locale)}`
}

/** Events still to come (or under way) today, soonest first; then past ones, latest first. */
export function splitEvents<E extends Pick<TradeEventView, "starts_on" | "ends_on">>(events: E[], today: string) {
  const upcoming = events.filter((e) => e.ends_on >= today).sort((a, b) => a.starts_on.localeCompare(b.starts_on))
  const past = events.filter((e) => e.ends_on < today).sort((a, b) => b.starts_on.localeCompare(a.starts_on))
  return { upcoming, past }
}

/** The Vietnam calendar day of a slot, to group a day's slots together. */
export function slotDay(instant: string): string {
  return vietnamDayAndTime(instant)?.day ?? instant.slice(0, 10)
}

/** A file size as people read it: "820 KB", "2,4 MB". */
export function fileSize(bytes: number, locale: string): string {
  const number = new Intl.NumberFormat(locale === "en" ? "en-GB" : "vi-VN", { maximumFractionDigits: 1 })
  if (bytes < 1024 * 1024) return `${number.format(Math.max(1, Math.round(bytes / 1024)))} KB`
  return `${number.format(bytes / 1024 / 1024)} MB`
}
