import { z } from "@medusajs/framework/zod"
import { bankName } from "@ocop/core"

/** POST /store/producer/payout-account: a bank VietQR lists, an account number, the holder's name as the bank has it. */
export const StoreSetPayoutAccount = z
  .object({
    bank_bin: z
      .string({ error: "bank_bin is required" })
      .trim()
      .regex(/^\d{6}$/, "bank_bin must be the bank's 6-digit code")
      .refine((bin) => bankName(bin) !== null, "bank_bin is not a bank the shop knows"),
    account_number: z
      .string({ error: "account_number is required" })
      .trim()
      .regex(/^[A-Za-z0-9]{4,19}$/, "account_number must be 4 to 19 letters or digits"),
    account_holder: z
      .string({ error: "account_holder is required" })
      .trim()
      .min(2, "account_holder is too short")
      .max(100, "account_holder must be at most 100 characters")
      .regex(/^[\p{L} .'-]+$/u, "account_holder must be a name: letters, spaces, dots, apostrophes or dashes"),
  })
  .strict()
