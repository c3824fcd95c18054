import type { CloneReason } from "../clone-rules"
import type { ReportReason, ReportStatus } from "../counterfeit-report"
import type { TraceView } from "../trace-view"

/**
 * Reports of suspected counterfeits: what the scan page's form gets back (`POST /store/trace/reports`)
 * and what officials read (`/admin/traceability/reports`). Instants are ISO 8601 strings.
 */

/** POST /store/trace/reports: the report was recorded; nothing of it is shown back. */
export type ReportSentResponse = { report: { id: string } }

export type CounterfeitReportView = {
  id: string
  /** The scanned code as the resolver reads it, canonical (`/01/{GTIN-14}/10/{lot}/21/{serial}`). */
  code_path: string
  /** The serial's signature as sent with the report: a forged one is itself a sign of a counterfeit. */
  token_state: TraceView["code"]["token"]
  product_id: string
  product: { title: string; handle: string } | null
  lot_id: string | null
  serial_id: string | null
  reason: ReportReason
  details: string | null
  place: string | null
  /** Phone (E.164) or e-mail; erased when the report is closed. */
  contact: string | null
  locale: "vi" | "en"
  status: ReportStatus
  official_note: string | null
  /** The photo's address in the Admin API (officials only), when one was sent. */
  photo_url: string | null
  created_at: string
  closed_at: string | null
}
/** GET /admin/traceability/reports: newest first. */
export type CounterfeitReportList = { reports: CounterfeitReportView[]; count: number; limit: number; offset: number }

/** One scan of the reported serial: no personal data, as the resolver records it. */
export type SerialScanView = {
  scanned_at: string
  /** Rounded to 0.1° (about 11 km), only when the CDN supplied it. */
  lat: number | null
  lon: number | null
  country: string | null
  device: string
  /** "resolved", or "forged_token" when the code's signature did not match. */
  verdict: string
}

/**
 * GET /admin/traceability/reports/:id: the report and, when it names a registered serial, that
 * serial's counters, clone flags and scans (newest first, at most `SERIAL_SCANS_SHOWN`).
 */
export type CounterfeitReportDetail = {
  report: CounterfeitReportView
  serial: {
    id: string
    serial: string
    scan_count: number
    first_scanned_at: string | null
    last_scanned_at: string | null
    clone_reasons: CloneReason[] | null
    flagged_at: string | null
  } | null
  scans: SerialScanView[]
}
/** POST /admin/traceability/reports/:id */
export type CounterfeitReportResponse = { report: CounterfeitReportView }

/** The most scans a report's detail lists; the serial's count says how many there are in all. */
export const SERIAL_SCANS_SHOWN = 500
