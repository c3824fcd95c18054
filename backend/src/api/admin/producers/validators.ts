import { z } from "@medusajs/framework/zod"
import { PRODUCER_STATUSES } from "@ocop/core"

export const AdminListProducers = z.object({ status: z.enum(PRODUCER_STATUSES).optional() }).strict()
export type AdminListProducersType = z.infer<typeof AdminListProducers>

/** Members are shown the reason, so it is required and kept to a paragraph. */
export const AdminSuspendProducer = z.object({ reason: z.string().trim().min(1).max(1000) }).strict()
export type AdminSuspendProducerType = z.infer<typeof AdminSuspendProducer>

export const AdminRestoreProducer = z.object({ note: z.string().trim().max(1000).optional() }).strict()
export type AdminRestoreProducerType = z.infer<typeof AdminRestoreProducer>
