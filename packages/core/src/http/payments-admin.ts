/** What the bank reported and what the shop made of it (docs/payments.md). */
export const BANK_TRANSFER_STATUSES = ["matched", "unmatched", "underpaid", "already_paid"] as const
export type BankTransferStatus = (typeof BANK_TRANSFER_STATUSES)[number]

/** GET /admin/payments/bank-transfers: one transfer as an official sees it, to refund or match by hand. */
export type BankTransferView = {
  id: string
  transaction_id: string
  account_number: string
  /** Whole đồng, as received. */
  amount: number
  description: string
  received_at: string
  reference: string | null
  status: BankTransferStatus
  order_id: string | null
}

export type BankTransferList = { bank_transfers: BankTransferView[]; count: number }
