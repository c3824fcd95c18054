/**
 * What became of a counterfeit report, as the scan page says it after the form's round trip
 * (`?report=` on the page's address; messages under `Report.outcomes`). The Store API's refusals
 * are read into a few sentences a visitor can act on, never shown in the API's English.
 */
export const REPORT_OUTCOMES = [
  "sent",
  "throttled",
  "tooLarge",
  "notImage",
  "contact",
  "unknownCode",
  "invalid",
  "failed",
] as const
export type ReportOutcome = (typeof REPORT_OUTCOMES)[number]

/** The outcome of the Store API's answer: its status and, for a 400, which part it refused. */
export function reportOutcome({ status, message }: { status: number; message?: string }): ReportOutcome {
  if (status >= 200 && status < 300) return "sent"
  if (status === 429) return "throttled"
  if (status === 413) return "tooLarge"
  if (status === 404) return "unknownCode"
  if (status === 400 && /\bphoto is not an image/.test(message ?? "")) return "notImage"
  if (status === 400 && /\bcontact\b/.test(message ?? "")) return "contact"
  return status === 400 ? "invalid" : "failed"
}

/** The `?report=` value of a page's address, when it is one the form set. */
export const readOutcome = (value: string | null): ReportOutcome | null =>
  (REPORT_OUTCOMES as readonly string[]).includes(value ?? "") ? (value as ReportOutcome) : null

// A scan page's code: the resolver's path shapes only, so the way back is always one of this shop's scan pages.
const CODE = /^\/(01|p)(\/[A-Za-z0-9\-._~%!$&'()*+,;=:@]+)+$/

/**
 * The scan page a report was sent from, with the outcome: `/{locale}{code}?s=…&report=…`. A code
 * that is not a resolver path (a forged form) leads to the home page instead of anywhere else.
 */
export function reportReturnPath(locale: "vi" | "en", code: string, token: string, outcome: ReportOutcome): string {
  if (!CODE.test(code) || code.length > 200) return `/${locale}?report=${outcome}`
  const query = new URLSearchParams({ ...(token ? { s: token } : {}), report: outcome })
  return `/${locale}${code}?${query}#report`
}
