import { z } from "@medusajs/framework/zod"

/** POST /admin/return-requests/:id/refund: the bank transfer's reference (a card refund needs none). */
export const AdminRefundReturn = z
  .object({
    reference: z
      .string({ error: "reference must be text" })
      .trim()
      .regex(/^[\p{L}\p{N} ._/-]{3,60}$/u, "reference must be 3 to 60 letters, digits, spaces or . _ / -")
      .optional(),
  })
  .strict()
