import type { PaymentMethod } from "../producer-orders"
import type { StatementFigures } from "../settlement"

/**
 * Monthly statements (`/store/producer/statements*`, `/admin/producers/settlements*`). Money is
 * whole VND; dates are ISO strings; `month` is `YYYY-MM` of Vietnam's calendar.
 */

export type StatementView = StatementFigures & {
  id: string
  month: string
  status: "open" | "paid"
  refunds_on_sales: number
  sales: number
  net: number
  computed_at: string
  paid_at: string | null
  paid_reference: string | null
}

/** One delivered part of the month, as the statement's detail and files list it. */
export type StatementPartView = {
  display_id: number
  delivered_at: string
  payment_method: PaymentMethod
  delivery_fee: number
  lines: {
    title: string
    variant_title: string | null
    quantity: number
    unit_price: number
    value: number
    fee: number
  }[]
}

/**
 * One line of a return refunded in the statement's month (docs/returns.md): what went back and the
 * money paid back for it, as a negative amount, so the statement's lines add up to its totals.
 */
export type StatementRefundView = {
  display_id: number
  refunded_at: string
  title: string
  variant_title: string | null
  quantity: number
  unit_price: number
  /** −quantity × unit_price (whole VND). */
  amount: number
}

/** GET /store/producer/statements */
export type ProducerStatementsResponse = { statements: StatementView[] }
/** GET /store/producer/statements/:id: the statement and the delivered parts it counts. */
export type ProducerStatementResponse = {
  statement: StatementView
  producer: { name: string }
  parts: StatementPartView[]
  /** The month's return refunds, line by line, oldest first. */
  refunds: StatementRefundView[]
}

/** Where a producer is paid (the bank's BIN as VietQR lists banks, the account, its holder). */
export type PayoutAccountView = { bank_bin: string; account_number: string; account_holder: string }
/** GET/POST /store/producer/payout-account */
export type PayoutAccountResponse = { payout_account: PayoutAccountView | null }

/** A statement as officials list a month's settlement. */
export type AdminStatementView = StatementView & {
  producer: { id: string; name: string }
  payout_account: PayoutAccountView | null
}
/** GET /admin/producers/settlements?month= */
export type AdminSettlementResponse = { month: string; statements: AdminStatementView[] }
/** POST /admin/producers/settlements */
export type AdminSettlementRunResponse = { month: string; producers: number; written: number }
