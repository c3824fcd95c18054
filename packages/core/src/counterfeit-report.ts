import { normalizeVietnamesePhone } from "./phone"

/**
 * A visitor's report of a suspected counterfeit, sent from the scan page without an account
 * (`POST /store/trace/reports`) and read by officials in the admin. The reasons, states and limits
 * are written once here for the backend's validation, the storefront's form and the admin screen.
 */

/** What the visitor saw, from a short list: the form's radio buttons. */
export const REPORT_REASONS = [
  /** The packaging, label or print differs from the genuine product. */
  "packaging_differs",
  /** The code was already scanned or used on another package. */
  "code_already_used",
  /** Sold somewhere suspicious: a price, a place or a seller that does not fit. */
  "suspicious_seller",
  "other",
] as const
export type ReportReason = (typeof REPORT_REASONS)[number]

/** An official's handling: new, being looked into, closed (with the official's note). */
export const REPORT_STATUSES = ["new", "reviewing", "closed"] as const
export type ReportStatus = (typeof REPORT_STATUSES)[number]

/** How much a visitor may write and send; the storefront's form carries the same limits. */
export const REPORT_LIMITS = {
  /** What the visitor says, in their own words. */
  details: 1000,
  /** Where it was bought: a shop, a market, a website. */
  place: 200,
  /** A phone number or an e-mail address. */
  contact: 100,
  /** The photo as sent (a phone's camera picture); it is stored re-encoded and smaller. */
  photoBytes: 8 * 1024 * 1024,
  /** The stored photo's longest side, in pixels. */
  photoEdge: 1600,
  /** An official's note on the report. */
  note: 1000,
} as const

export type ReportContactResult = { ok: true; contact: string } | { ok: false; reason: string }

// An address as people type it: something@domain.tld, no spaces. Not RFC 5322: a contact is read by a person.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/

/**
 * The visitor's contact, if any: an e-mail address (lower-cased) or a Vietnamese phone number (E.164),
 * so that an official can call back. Anything else is refused with the reason.
 */
export function normalizeReportContact(input: string): ReportContactResult {
  const value = input.normalize("NFC").trim()
  if (value.includes("@")) {
    return EMAIL.test(value)
      ? { ok: true, contact: value.toLowerCase() }
      : { ok: false, reason: "is not an e-mail address" }
  }
  const phone = normalizeVietnamesePhone(value)
  return phone.ok ? { ok: true, contact: phone.e164 } : { ok: false, reason: `is not a phone number (${phone.reason})` }
}
