import { z } from "@medusajs/framework/zod"
import { MONTH } from "@ocop/core"

const month = z.string({ error: "month is required" }).trim().regex(MONTH, "month must be YYYY-MM")

/** GET /admin/producers/settlements and …/batch: the month. POST: the month to run. */
export const AdminSettlementMonth = z.object({ month }).strict()

/** POST /admin/producers/statements/:id/paid: the bank's reference of the transfer that paid it. */
export const AdminPayStatement = z
  .object({
    reference: z
      .string({ error: "reference is required" })
      .trim()
      .regex(
        /^[A-Za-z0-9 ._/-]{4,60}$/,
        "reference must be the bank's transfer reference: 4 to 60 letters, digits, spaces, . _ / -",
      ),
  })
  .strict()
