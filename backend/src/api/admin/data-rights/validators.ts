import { z } from "@medusajs/framework/zod"

const page = {
  limit: z.coerce.number({ error: "limit must be a number" }).int("limit must be whole").min(1).max(200).default(50),
  offset: z.coerce
    .number({ error: "offset must be a number" })
    .int("offset must be whole")
    .min(0)
    .max(1_000_000)
    .default(0),
}

export const AdminListDataRequests = z.object(page).strict()
export type AdminListDataRequestsType = z.infer<typeof AdminListDataRequests>

export const AdminListAccessLog = z.object({ ...page, actor_id: z.string().trim().min(1).max(100).optional() }).strict()
export type AdminListAccessLogType = z.infer<typeof AdminListAccessLog>

/**
 * A request received by mail: whose (the address it was written from, checked by the official),
 * what (a copy, or erasure) and the letter's reference, kept with the request's record.
 */
export const AdminRunDataRequest = z
  .object({
    email: z.string().trim().toLowerCase().email("email must be an e-mail address").max(254),
    kind: z.enum(["export", "erase"], { error: "kind must be export or erase" }),
    reference: z.string().trim().min(1, "reference is required: the letter or e-mail the request came in").max(200),
  })
  .strict()
export type AdminRunDataRequestType = z.infer<typeof AdminRunDataRequest>
