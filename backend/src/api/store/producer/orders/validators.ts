import { z } from "@medusajs/framework/zod"
import { CANCEL_REASON_MAX, CARRIERS, PRODUCER_ORDER_STATUSES, TRACKING_NUMBER } from "@ocop/core"

/** GET /store/producer/orders: a page of parts, optionally of one state. */
export const StoreListProducerOrders = z
  .object({
    status: z
      .enum(PRODUCER_ORDER_STATUSES, { error: `status must be one of ${PRODUCER_ORDER_STATUSES.join(", ")}` })
      .optional(),
    limit: z.coerce.number({ error: "limit must be a number" }).int("limit must be whole").min(1).max(100).default(20),
    offset: z.coerce
      .number({ error: "offset must be a number" })
      .int("offset must be whole")
      .min(0)
      .max(1_000_000)
      .default(0),
  })
  .strict()

/** POST …/ship: the carrier and its tracking number, as printed on the parcel. */
export const StoreShipProducerOrder = z
  .object({
    carrier: z.enum(CARRIERS, { error: `carrier must be one of ${CARRIERS.join(", ")}` }),
    tracking_number: z
      .string({ error: "tracking_number is required" })
      .trim()
      .regex(TRACKING_NUMBER, "tracking_number must be 4 to 40 letters, digits or dashes"),
  })
  .strict()

/** POST …/lines/:line_id/cancel: why the producer cannot supply the line (the shopper reads it). */
export const StoreCancelProducerLine = z
  .object({
    reason: z
      .string({ error: "reason is required" })
      .trim()
      .min(3, "reason must say why, in at least 3 characters")
      .max(CANCEL_REASON_MAX, `reason must be at most ${CANCEL_REASON_MAX} characters`),
  })
  .strict()

/** Actions without a body accept an empty one only. */
export const StoreEmptyBody = z.object({}).strict()
