import { z } from "@medusajs/framework/zod"
import { BUSINESS_TYPES, isIsoDate, SALES_POINT_TYPES } from "@ocop/core"

export const isoDate = z.string().refine(isIsoDate, { message: "must be a calendar date YYYY-MM-DD" })
/** The largest value a PostgreSQL integer column holds. */
export const INT4_MAX = 2_147_483_647
/** A count stored in an integer column. */
export const count = z.number().int().positive().max(INT4_MAX)
/**
 * VND are whole numbers. A thousand billion đồng is far above any contract a province signs and
 * keeps sums of lines exact; prices kept in integer columns stop at `INT4_MAX`.
 */
export const vnd = z.number().int("must be a whole number of VND").nonnegative().max(1_000_000_000_000)
const vndInt4 = vnd.max(INT4_MAX)
const latitude = z.number().min(-90).max(90).nullish()
const longitude = z.number().min(-180).max(180).nullish()
const text = (max: number) => z.string().trim().min(1).max(max)

export const StoreListSalesPoints = z
  .object({
    type: z.enum(SALES_POINT_TYPES).optional(),
    commune_code: z
      .string()
      .regex(/^\d{1,6}$/)
      .optional(),
  })
  .strict()
export type StoreListSalesPointsType = z.infer<typeof StoreListSalesPoints>

export const StoreSaveBusiness = z
  .object({
    company_name: text(200),
    // Mã số thuế: 10 digits, or 10 + "-" + 3 for a branch.
    tax_code: z
      .string()
      .trim()
      .regex(/^\d{10}(-\d{3})?$/, "tax_code must be 10 digits, or 10 digits-3 digits for a branch"),
    type: z.enum(BUSINESS_TYPES),
    phone: z
      .string()
      .trim()
      .regex(/^\+?[0-9 .-]{8,16}$/, "phone is not a phone number")
      .nullish(),
    commune_code: z
      .string()
      .regex(/^\d{1,6}$/)
      .nullish(),
    latitude,
    longitude,
    // Required to register (the operating rules' consent, recorded with the profile); ignored on updates.
    accept_operating_rules: z.literal(true, { error: "accept_operating_rules can only be true" }).optional(),
  })
  .strict()
export type StoreSaveBusinessType = z.infer<typeof StoreSaveBusiness>

export const StoreSaveOffer = z
  .object({
    product_id: text(64),
    monthly_capacity: count,
    price_min: vndInt4,
    price_max: vndInt4,
    delivery_radius_km: z.number().int().positive().max(5000).nullish(),
    certifications: z.array(text(60)).max(10).optional(),
    note: z.string().trim().max(1000).nullish(),
    status: z.enum(["open", "closed"]).optional(),
  })
  .strict()
export type StoreSaveOfferType = z.infer<typeof StoreSaveOffer>

export const StoreSaveNeed = z
  .object({
    title: text(200),
    group_code: z
      .string()
      .regex(/^[IVX]+(\.\d+(\.[a-z])?)?$/, "group_code is an OCOP product set code such as I.4.b")
      .nullish(),
    keywords: z.array(text(60)).max(10).optional(),
    quantity: count,
    min_stars: z.number().int().min(3).max(5).optional(),
    commune_code: z
      .string()
      .regex(/^\d{1,6}$/)
      .nullish(),
    latitude,
    longitude,
    deadline: isoDate,
    price_ceiling: vndInt4.nullish(),
    status: z.enum(["open", "closed"]).optional(),
  })
  .strict()
export type StoreSaveNeedType = z.infer<typeof StoreSaveNeed>

export const StoreRequestMeeting = z
  .object({
    event_id: text(64),
    counterpart_id: text(64),
    slot_start: z.string().datetime({ offset: true, message: "slot_start must be an ISO date-time" }),
    need_id: text(64).nullish(),
    offer_id: text(64).nullish(),
    message: z.string().trim().max(1000).nullish(),
  })
  .strict()
export type StoreRequestMeetingType = z.infer<typeof StoreRequestMeeting>

export const StoreAnswerMeeting = z.object({ answer: z.enum(["accept", "decline", "cancel"]) }).strict()
export const StoreMeetingNotes = z.object({ notes: z.string().trim().max(4000) }).strict()
export const StoreMeetingSlots = z.object({ counterpart_id: text(64).optional() }).strict()

export const StoreCreateAgreement = z
  .object({
    kind: z.enum(["mou", "contract"]),
    counterpart_id: text(64),
    event_id: text(64).nullish(),
    meeting_id: text(64).nullish(),
    lines: z
      .array(z.object({ product_id: text(64), quantity: count, unit_price: vnd }).strict())
      .min(1, "an agreement names at least one product")
      .max(50),
    term_start: isoDate,
    term_end: isoDate,
  })
  .strict()
export type StoreCreateAgreementType = z.infer<typeof StoreCreateAgreement>

export const StoreSignAgreement = z.object({ upgrade_to_contract: z.boolean().optional() }).strict()

export const StoreRecordDelivery = z
  .object({
    delivered_on: isoDate,
    quantity: count.optional(),
    value: vnd.optional(),
    order_id: text(64).nullish(),
    note: z.string().trim().max(1000).nullish(),
  })
  .strict()
export type StoreRecordDeliveryType = z.infer<typeof StoreRecordDelivery>

/** The other party's answer to a recorded delivery: it counts once confirmed. */
export const StoreConfirmDelivery = z.object({ answer: z.enum(["confirm", "dispute"]).default("confirm") }).strict()
export type StoreConfirmDeliveryType = z.infer<typeof StoreConfirmDelivery>
