import type { JourneyEventType } from "@ocop/core"

/**
 * Limits and codes of the /admin/traceability API (backend/src/api/admin/traceability) the screens
 * need at run time; the response shapes are @ocop/core's (`http/trace-admin.ts`).
 */

/** The journey steps the API accepts, in the order a lot goes through them. */
export const JOURNEY_EVENT_TYPES = [
  "harvested",
  "processed",
  "packed",
  "shipped",
  "received",
] as const satisfies readonly JourneyEventType[]

/** The most serials one call issues (MAX_SERIALS_PER_CALL in the backend's issue-serials step). */
export const MAX_SERIALS = 10_000
