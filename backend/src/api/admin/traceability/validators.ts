import { z } from "@medusajs/framework/zod"
import { isIsoDate, REPORT_LIMITS, REPORT_STATUSES } from "@ocop/core"
import { JOURNEY_EVENT_TYPES } from "../../../modules/traceability/models/journey-event"
import { MAX_SERIALS_PER_CALL } from "../../../workflows/traceability/steps/issue-serials"

const isoDate = z.string().refine(isIsoDate, { message: "must be a calendar date YYYY-MM-DD" })
/** Lot codes are printed in the QR code's path: GS1 character set 82, at most 20 characters. */
const lotCode = z
  .string()
  .trim()
  .min(1, "code is required")
  .max(20, "code has at most 20 characters (GS1 AI 10)")
  .regex(/^[!"%&'()*+,\-./0-9:;<=>?A-Z_a-z]+$/, "code may use only GS1 character set 82 (letters, digits, -./_ …)")

export const AdminCreateLot = z
  .object({
    product_id: z.string().min(1),
    variant_id: z.string().min(1).nullish(),
    code: lotCode,
    produced_on: isoDate,
    expires_on: isoDate.nullish(),
    // An integer column.
    quantity: z.number().int().positive().max(2_147_483_647),
    origin: z.string().trim().max(500).nullish(),
    origin_en: z.string().trim().max(500).nullish(),
    tests: z
      .array(
        z
          .object({
            name: z.string().trim().min(1),
            result: z.string().trim().min(1),
            lab: z.string().trim().min(1),
            name_en: z.string().trim().min(1).optional(),
            result_en: z.string().trim().min(1).optional(),
            lab_en: z.string().trim().min(1).optional(),
            report_ref: z.string().trim().min(1),
            tested_on: isoDate.nullable(),
          })
          .strict(),
      )
      .max(50)
      .optional(),
    serials: z.number().int().min(0).max(MAX_SERIALS_PER_CALL).optional(),
  })
  .strict()
  .refine((l) => !l.expires_on || l.expires_on >= l.produced_on, {
    message: "expires_on must not be before produced_on",
    path: ["expires_on"],
  })
export type AdminCreateLotType = z.infer<typeof AdminCreateLot>

export const AdminListLots = z.object({
  product_id: z.string().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})
export type AdminListLotsType = z.infer<typeof AdminListLots>

export const AdminAddJourneyEvent = z
  .object({
    type: z.enum(JOURNEY_EVENT_TYPES),
    occurred_at: z.string().datetime({ offset: true, message: "must be an ISO 8601 date-time" }),
    place: z.string().trim().min(1).max(200),
    actor: z.string().trim().min(1).max(200),
    place_en: z.string().trim().min(1).max(200).nullish(),
    actor_en: z.string().trim().min(1).max(200).nullish(),
    stock_location_id: z.string().min(1).nullish(),
    note: z.string().trim().max(500).nullish(),
  })
  .strict()
export type AdminAddJourneyEventType = z.infer<typeof AdminAddJourneyEvent>

export const AdminIssueSerials = z.object({ count: z.number().int().min(1).max(MAX_SERIALS_PER_CALL) }).strict()
export type AdminIssueSerialsType = z.infer<typeof AdminIssueSerials>

export const AdminLabels = z.object({
  format: z.enum(["pdf", "png"]).default("pdf"),
  /** A PNG is one unit's label. */
  serial: z.string().min(1).max(20).optional(),
})
export type AdminLabelsType = z.infer<typeof AdminLabels>

export const AdminListReports = z.object({
  status: z.enum(REPORT_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})
export type AdminListReportsType = z.infer<typeof AdminListReports>

/** An official moves a report on; closing it says what was found. */
export const AdminReviewReport = z
  .object({
    status: z.enum(REPORT_STATUSES),
    note: z.string().trim().max(REPORT_LIMITS.note).nullish(),
  })
  .strict()
  .refine((r) => r.status !== "closed" || r.note, {
    message: "note: say what was found when closing a report",
    path: ["note"],
  })
export type AdminReviewReportType = z.infer<typeof AdminReviewReport>
