import type { CloneReason } from "../clone-rules"
import type { TraceJourneyStep } from "../trace-view"

/**
 * Responses of the officials' traceability API (`/admin/traceability/*`). Lot dates are the
 * Vietnamese calendar days the producer prints (YYYY-MM-DD); instants are ISO 8601 strings.
 */

export type LotFigures = { serials: number; scanned: number; scans: number; flagged: number }

/** A lot with its serial and scan figures. */
export type LotSummaryView = {
  id: string
  product_id: string
  /** The packaged variant whose GTIN is on the labels. */
  variant_id: string | null
  code: string
  produced_on: string
  expires_on: string | null
  quantity: number
  origin: string | null
  created_at: string
  figures: LotFigures
}
export type LotList = { lots: LotSummaryView[]; count: number; limit: number; offset: number }

export type JourneyEventType = TraceJourneyStep["type"]
export type JourneyEventView = {
  id: string
  type: JourneyEventType
  occurred_at: string
  place: string
  actor: string
  /** The sales point's stock location a shipment went to or came from. */
  stock_location_id: string | null
  note: string | null
}
export type JourneyEventResponse = { event: JourneyEventView }

export type FlaggedSerialView = {
  id: string
  /** Unique within its lot only. */
  serial: string
  scan_count: number
  first_scanned_at: string | null
  last_scanned_at: string | null
  clone_reasons: CloneReason[] | null
  flagged_at: string
  /** Only on the cross-product list (GET /admin/traceability/flags). */
  lot?: { id: string; code: string; product_id: string } | null
}
/** GET /admin/traceability/flags: serials flagged as likely clones, most recent first. */
export type FlaggedSerialList = { flagged_serials: FlaggedSerialView[] }

/** GET /admin/traceability/lots/:id: the lot, its journey oldest first, and its flagged serials. */
export type LotDetailResponse = {
  lot: LotSummaryView & { events: JourneyEventView[]; product: { title: string; handle: string } | null }
  flagged_serials: FlaggedSerialView[]
}
/** POST /admin/traceability/lots */
export type LotCreatedResponse = { lot: Omit<LotSummaryView, "figures">; serials_issued: number }

/** GET /admin/traceability/lots/:id/serials: a page of the lot's serials in issue order. */
export type SerialList = {
  serials: { serial: string; scan_count: number; first_scanned_at: string | null; flagged_at: string | null }[]
  count: number
}
/** POST /admin/traceability/lots/:id/serials: the serials just issued. */
export type SerialsIssuedResponse = { serials: string[] }

/** Scans in total, per Vietnam day over the last 30 days, per device; serials flagged as clones. */
export type ScanStats = {
  total: number
  last_30_days: { day: string; scans: number }[]
  by_device: { device: string; scans: number }[]
  flagged_serials: number
}
export type ScanStatsResponse = { stats: ScanStats }
