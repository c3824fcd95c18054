import type { CloneReason } from "@ocop/core"

/** Shapes and limits of the /admin/traceability API (backend/src/api/admin/traceability) as the screens use them. */

export type LotFigures = { serials: number; scanned: number; scans: number; flagged: number }

/** Dates are Vietnamese calendar days (YYYY-MM-DD), as the producer prints them. */
export type Lot = {
  id: string
  code: string
  produced_on: string
  expires_on: string | null
  quantity: number
  origin: string | null
  figures: LotFigures
}

/** The journey steps the API accepts, in the order a lot goes through them. */
export const JOURNEY_EVENT_TYPES = ["harvested", "processed", "packed", "shipped", "received"] as const
export type JourneyEventType = (typeof JOURNEY_EVENT_TYPES)[number]

export type JourneyEvent = {
  id: string
  type: JourneyEventType
  occurred_at: string
  place: string
  actor: string
  note: string | null
}

export type LotDetail = Lot & { events: JourneyEvent[] }

export type FlaggedSerial = {
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

export type ScanStats = {
  total: number
  last_30_days: { day: string; scans: number }[]
  by_device: { device: string; scans: number }[]
  flagged_serials: number
}

/** The most serials one call issues (MAX_SERIALS_PER_CALL in the backend's issue-serials step). */
export const MAX_SERIALS = 10_000
