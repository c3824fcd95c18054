import type { PaymentMethod } from "../producer-orders"
import type { ReturnReason, ReturnStatus } from "../returns"
import type { Carrier } from "../producer-orders"

/** One line of a return: what goes back, and its value (whole VND). */
export type ReturnLineView = {
  line_id: string
  title: string
  variant_title: string | null
  quantity: number
  unit_price: number
}

/** A return as its shopper, the producer and officials read it; who sees the refund account is below. */
export type ReturnView = {
  id: string
  order_id: string
  display_id: number
  producer: string
  status: ReturnStatus
  reason: ReturnReason
  note: string | null
  photos: number
  lines: ReturnLineView[]
  /** What is paid back: the lines' value. */
  amount: number
  payment_method: PaymentMethod
  /** The producer's or official's reason, for a refusal (and a note on an acceptance). */
  decision_note: string | null
  decided_at: string | null
  carrier: Carrier | null
  tracking_number: string | null
  shipped_back_at: string | null
  received_at: string | null
  refunded_at: string | null
  /** The bank transfer's reference an official recorded, or the card refund's state at Stripe. */
  refund_reference: string | null
  stripe_refund_status: string | null
  created_at: string
}

/**
 * Where a transfer refund goes. The shopper reads its own masked (bank and last digits); officials,
 * who make the transfer, read it whole until the refund is done and it is erased. Producers never.
 */
export type RefundAccountView = { bank_bin: string; account_number: string; account_holder: string }

/** What a shopper may still return of one delivered shipment, and until when. */
export type ReturnableShipmentView = {
  part_id: string
  producer: string
  deadline: string
  lines: (Omit<ReturnLineView, "quantity"> & { quantity: number })[]
}

export type OrderReturnsResponse = {
  returns: (ReturnView & { refund_account: RefundAccountView | null })[]
  returnable: ReturnableShipmentView[]
  window_days: number
  /** Whether a refund goes back by bank transfer (VietQR, cash on delivery): the form asks for an account. */
  refund_by_transfer: boolean
}
export type ReturnResponse = { return: ReturnView }
export type ReturnsListResponse = { returns: ReturnView[]; count: number; limit: number; offset: number }
export type AdminReturnResponse = { return: ReturnView & { refund_account: RefundAccountView | null } }
export type AdminReturnsListResponse = {
  returns: (ReturnView & { refund_account: RefundAccountView | null })[]
  count: number
  limit: number
  offset: number
}
