// Spelled out rather than asked of Intl, as vn-time does: a page should read the same on every server.
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
]

/** A statement's month (`YYYY-MM`) as the page's language writes it: `Tháng 12/2026`, `December 2026`. */
export function statementMonth(month: string, locale: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month)
  const index = m ? Number(m[2]) - 1 : -1
  if (!m || !MONTHS[index]) return month // shown as sent rather than as "undefined"
  return locale === "en" ? `${MONTHS[index]} ${m[1]}` : `Tháng ${index + 1}/${m[1]}`
}
