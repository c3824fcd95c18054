import { z } from "@medusajs/framework/zod"
import { BANK_TRANSFER_STATUSES } from "@ocop/core"

export const AdminListBankTransfers = z
  .object({
    status: z.enum(BANK_TRANSFER_STATUSES).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict()
export type AdminListBankTransfersType = z.infer<typeof AdminListBankTransfers>
