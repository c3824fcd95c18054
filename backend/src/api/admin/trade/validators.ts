import { z } from "@medusajs/framework/zod"
import { SALES_POINT_TYPES, TRADE_EVENT_KINDS } from "@ocop/core"
import { isoDate, StoreConfirmDelivery } from "../../store/trade/validators"

const text = (max: number) => z.string().trim().min(1).max(max)
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a time HH:MM")

export const AdminSaveSalesPoint = z
  .object({
    stock_location_id: text(64),
    key: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "key is lower-case ASCII words joined by hyphens"),
    type: z.enum(SALES_POINT_TYPES),
    commune_code: z.string().regex(/^\d{1,6}$/, "commune_code is a commune's code"),
    latitude: z.number().min(-90).max(90).nullish(),
    longitude: z.number().min(-180).max(180).nullish(),
    opening_hours: z.string().trim().max(200).nullish(),
    operator: z.string().trim().max(200).nullish(),
    tours: z.array(text(200)).max(20).optional(),
    name_en: z.string().trim().max(200).nullish(),
    address_en: z.string().trim().max(200).nullish(),
    opening_hours_en: z.string().trim().max(200).nullish(),
    operator_en: z.string().trim().max(200).nullish(),
    tours_en: z.array(text(200)).max(20).nullish(),
  })
  .strict()
export type AdminSaveSalesPointType = z.infer<typeof AdminSaveSalesPoint>

export const AdminSaveTradeEvent = z
  .object({
    handle: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "handle is lower-case ASCII words joined by hyphens"),
    kind: z.enum(TRADE_EVENT_KINDS),
    name: text(300),
    name_en: z.string().trim().max(300).nullish(),
    starts_on: isoDate,
    ends_on: isoDate,
    venue: text(300),
    commune_code: z
      .string()
      .regex(/^\d{1,6}$/)
      .nullish(),
    organiser: text(300),
    description: z.string().trim().max(5000).nullish(),
    programme: z
      .object({
        items: z
          .array(
            z.object({ day: isoDate, time: hhmm, title: text(300), title_en: z.string().max(300).optional() }).strict(),
          )
          .max(200),
      })
      .optional(),
    meeting_from: hhmm.optional(),
    meeting_to: hhmm.optional(),
    slot_minutes: z.number().int().min(5).max(240).optional(),
    tables: z.number().int().min(0).max(500).optional(),
  })
  .strict()
export type AdminSaveTradeEventType = z.infer<typeof AdminSaveTradeEvent>

export const AdminSaveExhibitor = z
  .object({ subject_id: text(64), booth: z.string().trim().max(40).nullish(), product_ids: z.array(text(64)).max(50) })
  .strict()
export type AdminSaveExhibitorType = z.infer<typeof AdminSaveExhibitor>

export const AdminReviewBusiness = z
  .object({
    status: z.enum(["verified", "rejected"]),
    subject_id: text(64).nullish(),
    note: z.string().trim().max(1000).nullish(),
  })
  .strict()
export type AdminReviewBusinessType = z.infer<typeof AdminReviewBusiness>

export const AdminReleaseBusiness = z.object({ reason: text(1000) }).strict()
export type AdminReleaseBusinessType = z.infer<typeof AdminReleaseBusiness>

export const AdminListBusinesses = z.object({ status: z.enum(["pending", "verified", "rejected"]).optional() }).strict()

export const AdminKpis = z
  .object({ from: isoDate.optional(), to: isoDate.optional(), format: z.enum(["json", "csv"]).optional() })
  .strict()
export type AdminKpisType = z.infer<typeof AdminKpis>

export const AdminListAgreements = z
  .object({
    status: z.enum(["draft", "signed_mou", "contract", "in_delivery", "fulfilled", "cancelled", "expired"]).optional(),
  })
  .strict()

/** An official settles a delivery the parties have not: confirms it, or marks it disputed. */
export const AdminConfirmDelivery = StoreConfirmDelivery
export type AdminConfirmDeliveryType = z.infer<typeof AdminConfirmDelivery>
