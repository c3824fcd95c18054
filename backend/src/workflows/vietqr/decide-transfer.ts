import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"

export type TransferStatus = "matched" | "unmatched" | "underpaid" | "already_paid"

/** A VietQR payment whose reference a transfer carries. */
export type PaymentCandidate = {
  id: string
  amount: BigNumberInput
  captured_at?: Date | string | null
  canceled_at?: Date | string | null
  order_id: string | null
}

export type TransferDecision = { status: TransferStatus; payment_id: string | null; order_id: string | null }

const none: TransferDecision = { status: "unmatched", payment_id: null, order_id: null }

/**
 * What a transfer of `amount` đồng does to the payments its reference names. Only an unambiguous,
 * open (neither captured nor canceled) payment is captured, and only when the transfer covers it:
 * anything else waits for an official, who sees the transfer with its status in the record.
 */
export function decideTransfer(amount: number, candidates: PaymentCandidate[]): TransferDecision {
  const live = candidates.filter((p) => !p.canceled_at)
  const open = live.filter((p) => !p.captured_at)
  if (open.length > 1) return none // the same reference on two open payments: a human decides
  const [payment] = open.length ? open : live
  if (!payment) return none
  const found = { payment_id: payment.id, order_id: payment.order_id }
  if (payment.captured_at) return { status: "already_paid", ...found }
  return { status: MathBN.lt(amount, payment.amount) ? "underpaid" : "matched", ...found }
}

/** Account numbers as banks print them: case and spaces vary. */
export function sameAccount(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/\s+/g, "").toUpperCase()
  return norm(a) === norm(b)
}
