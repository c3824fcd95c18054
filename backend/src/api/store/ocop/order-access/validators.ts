import { z } from "@medusajs/framework/zod"

/** The largest value a PostgreSQL integer column holds: order numbers are such integers. */
const INT4_MAX = 2_147_483_647

export const StoreOrderAccessByCart = z
  .object({ cart_id: z.string().regex(/^cart_[0-9A-Za-z]{1,60}$/, "must be a cart id") })
  .strict()
export type StoreOrderAccessByCartType = z.infer<typeof StoreOrderAccessByCart>

export const StoreOrderAccessLookup = z
  .object({
    display_id: z.number().int().positive().max(INT4_MAX),
    email: z.string().trim().toLowerCase().email().max(200).optional(),
    phone: z.string().trim().min(1).max(30).optional(),
  })
  .strict()
  .refine((body) => (body.email === undefined) !== (body.phone === undefined), {
    message: "Give the order's e-mail or its phone number, one of the two",
    path: ["email"],
  })
export type StoreOrderAccessLookupType = z.infer<typeof StoreOrderAccessLookup>
