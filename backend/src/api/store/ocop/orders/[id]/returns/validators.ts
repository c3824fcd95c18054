import { z } from "@medusajs/framework/zod"
import { CARRIERS, RETURN_NOTE_MAX, RETURN_REASONS, TRACKING_NUMBER } from "@ocop/core"
import { StoreSetPayoutAccount } from "../../../../producer/payout-account/validators"

/** A form sends numbers and lists as text: `items` may come as JSON text, quantities as digits. */
const fromForm = (value: unknown) => {
  if (typeof value !== "string") return value
  try {
    return JSON.parse(value)
  } catch {
    return value
  }
}

/**
 * POST /store/ocop/orders/:id/returns: the shipment, its lines and quantities, a reason from the list
 * (with text for `other`), and for a refund by transfer the bank account (checked as producers'
 * payout accounts are: a bank VietQR lists, the number, the holder's name). Sent as JSON, or as a
 * form with up to three photos.
 */
export const StoreRequestReturn = z
  .object({
    part_id: z.string({ error: "part_id is required" }).min(1).max(100),
    items: z.preprocess(
      fromForm,
      z
        .array(
          z
            .object({
              line_id: z.string({ error: "line_id is required" }).min(1).max(100),
              quantity: z.coerce
                .number({ error: "quantity must be a number" })
                .int("quantity must be whole")
                .min(1, "quantity must be at least 1")
                .max(10_000),
            })
            .strict(),
          { error: "items must be a list of {line_id, quantity}" },
        )
        .min(1, "items must name at least one line")
        .max(50),
    ),
    reason: z.enum(RETURN_REASONS, { error: `reason must be one of ${RETURN_REASONS.join(", ")}` }),
    note: z
      .string({ error: "note must be text" })
      .trim()
      .max(RETURN_NOTE_MAX, `note must be at most ${RETURN_NOTE_MAX} characters`)
      .optional(),
    refund_account: z.preprocess(fromForm, StoreSetPayoutAccount.optional()),
  })
  .strict()
  .refine((b) => b.reason !== "other" || (b.note ?? "").length >= 3, {
    message: "note: say why, in at least 3 characters, when the reason is other",
    path: ["note"],
  })
export type StoreRequestReturnType = z.infer<typeof StoreRequestReturn>

/** POST …/returns/:return_id/ship-back: how the parcel goes back. */
export const StoreShipBackReturn = z
  .object({
    carrier: z.enum(CARRIERS, { error: `carrier must be one of ${CARRIERS.join(", ")}` }),
    tracking_number: z
      .string({ error: "tracking_number is required" })
      .trim()
      .regex(TRACKING_NUMBER, "tracking_number must be 4 to 40 letters, digits or dashes"),
  })
  .strict()
