import { z } from "@medusajs/framework/zod"
import { CHANGE_REQUEST_STATUSES, PRODUCER_STATUSES } from "@ocop/core"

/** A page of producers: each row's health costs a few reads per page, so a page is at most 100. */
export const AdminListProducers = z
  .object({
    status: z.enum(PRODUCER_STATUSES).optional(),
    limit: z.coerce.number({ error: "limit must be a number" }).int("limit must be whole").min(1).max(100).default(50),
    offset: z.coerce
      .number({ error: "offset must be a number" })
      .int("offset must be whole")
      .min(0)
      .max(1_000_000)
      .default(0),
  })
  .strict()
export type AdminListProducersType = z.infer<typeof AdminListProducers>

/** Members are shown the reason, so it is required and kept to a paragraph. */
export const AdminSuspendProducer = z.object({ reason: z.string().trim().min(1).max(1000) }).strict()
export type AdminSuspendProducerType = z.infer<typeof AdminSuspendProducer>

export const AdminRestoreProducer = z.object({ note: z.string().trim().max(1000).optional() }).strict()
export type AdminRestoreProducerType = z.infer<typeof AdminRestoreProducer>

export const AdminListChangeRequests = z.object({ status: z.enum(CHANGE_REQUEST_STATUSES).optional() }).strict()
export type AdminListChangeRequestsType = z.infer<typeof AdminListChangeRequests>

export const AdminAcceptChangeRequest = z.object({}).strict()

/** The producer reads the note, so a returned request says why. */
export const AdminReturnChangeRequest = z.object({ note: z.string().trim().min(1).max(1000) }).strict()
export type AdminReturnChangeRequestType = z.infer<typeof AdminReturnChangeRequest>

export const AdminListPriceChanges = z
  .object({
    product_id: z.string().trim().min(1).max(100).optional(),
    producer_id: z.string().trim().min(1).max(100).optional(),
  })
  .strict()
export type AdminListPriceChangesType = z.infer<typeof AdminListPriceChanges>
