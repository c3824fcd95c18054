/**
 * Calendar dates of OCOP decisions are Vietnamese calendar days (UTC+7, no DST).
 * Keeping them as "YYYY-MM-DD" strings avoids a certificate expiring seven hours
 * early or late because a server runs in UTC.
 */
const VN_OFFSET_MS = 7 * 60 * 60 * 1000
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false
  const d = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value
}

/** The calendar day in Vietnam at instant `at`. */
export function vietnamDate(at: Date = new Date()): string {
  return new Date(at.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10)
}

/** `date` + `months` − 1 day: the last day a certificate of `months` is valid. */
export function lastDayAfterMonths(date: string, months: number): string {
  if (!isIsoDate(date)) throw new RangeError(`not a calendar date: ${date}`)
  const [y, m, d] = date.split("-").map(Number)
  const end = new Date(Date.UTC(y, m - 1 + months, d))
  // Month overflow (31 Jan + 1 month) rolls into the next month, as the law's "36 tháng" counts days.
  end.setUTCDate(end.getUTCDate() - 1)
  return end.toISOString().slice(0, 10)
}
