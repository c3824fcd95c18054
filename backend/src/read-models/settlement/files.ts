import { formatVietnamTime, toCsv, type AdminStatementView, type ProducerStatementResponse } from "@ocop/core"

/**
 * The bank batch file of a month's payouts: one transfer per open statement with money owed, in the
 * columns a bank's bulk-transfer upload asks for (bank code, account, holder, amount, content), and
 * the statement it pays. A producer with no payout account yet is listed with the columns empty and
 * a note, so the official sees who is missing rather than a shorter file.
 */
export function bankBatchCsv(month: string, statements: AdminStatementView[]): string {
  const due = statements.filter((s) => s.status === "open" && s.net > 0)
  return toCsv([
    ["bank_bin", "account_number", "account_holder", "amount_vnd", "content", "producer", "statement_id", "note"],
    ...due.map((s) => [
      s.payout_account?.bank_bin ?? "",
      s.payout_account?.account_number ?? "",
      s.payout_account?.account_holder ?? "",
      s.net,
      `OCOP ${month} ${s.id.slice(-8).toUpperCase()}`,
      s.producer.name,
      s.id,
      s.payout_account ? "" : "missing payout account",
    ]),
  ])
}

/**
 * A statement as a CSV the producer keeps: the totals, then every delivered line it counts with its
 * value and fee, and every returned line refunded in the month (payment `refund`, the day of the
 * refund, a negative value), so the totals can be checked against the lines: the values and delivery
 * fees less the fees are the net.
 */
export function statementCsv({ statement: s, producer, parts, refunds }: ProducerStatementResponse): string {
  return toCsv([
    ["producer", producer.name],
    ["month", s.month],
    ["status", s.status],
    ["orders", s.orders],
    ["sales_cod", s.sales_cod],
    ["sales_vietqr", s.sales_vietqr],
    ["sales_stripe", s.sales_stripe],
    ["delivery_fees", s.delivery_fees],
    ["operator_fee", s.fee],
    ["refunds_on_sales", s.refunds_on_sales],
    ["net_payable", s.net],
    ["canceled_lines", s.canceled_lines],
    ["canceled_value", s.canceled_value],
    ["refunds_paid_to_shoppers", s.refunds],
    ["paid_reference", s.paid_reference ?? ""],
    [],
    ["order", "date", "payment", "product", "variant", "quantity", "unit_price", "value", "fee", "delivery_fee"],
    ...parts.flatMap((p) =>
      p.lines.map((l, i) => [
        p.display_id,
        formatVietnamTime(p.delivered_at, "vi", "day"),
        p.payment_method,
        l.title,
        l.variant_title ?? "",
        l.quantity,
        l.unit_price,
        l.value,
        l.fee,
        i === 0 ? p.delivery_fee : 0,
      ]),
    ),
    ...refunds.map((r) => [
      r.display_id,
      formatVietnamTime(r.refunded_at, "vi", "day"),
      "refund",
      r.title,
      r.variant_title ?? "",
      r.quantity,
      r.unit_price,
      r.amount,
      0,
      0,
    ]),
  ])
}
