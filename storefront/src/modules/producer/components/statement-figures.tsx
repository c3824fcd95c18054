import { formatVietnamTime, formatVnd, type StatementView } from "@ocop/core"

type T = (key: string, values?: Record<string, string | number>) => string

const STATUS_LOOK = {
  open: "border-amber-400 bg-amber-50 text-amber-900",
  paid: "border-green-700 bg-green-50 text-green-900",
} as const

/** What is taken off the producer's money reads as taken off, whatever the locale's minus sign. */
const less = (amount: number) => (amount > 0 ? `−${formatVnd(amount)}` : formatVnd(0))

/**
 * A statement's state and figures as the settlement computed them (packages/core's rules): its
 * sales by how shoppers paid, delivery fees, the operator's fee and refunds of sold lines down to
 * the net payable; then, apart, what was cancelled and refunded, which is not the producer's money.
 * A list of label and amount, one per row, so it fits a phone as it is.
 */
export function StatementFigures({ statement: s, locale, t }: { statement: StatementView; locale: string; t: T }) {
  const rows: [key: string, amount: string, testid?: string][] = [
    ["salesCod", formatVnd(s.sales_cod)],
    ["salesVietqr", formatVnd(s.sales_vietqr)],
    ["salesStripe", formatVnd(s.sales_stripe)],
    ["sales", formatVnd(s.sales), "statement-sales"],
    ["deliveryFees", formatVnd(s.delivery_fees), "statement-delivery"],
    ["fee", less(s.fee), "statement-fee"],
    ["refundsOnSales", less(s.refunds_on_sales)],
  ]
  return (
    <div className="space-y-3">
      <div className="space-y-1 text-sm">
        <p>
          <span
            className={`inline-block rounded border px-2 py-0.5 font-semibold ${STATUS_LOOK[s.status]}`}
            data-testid="statement-status"
          >
            {t(`statuses.${s.status}`)}
          </span>
        </p>
        <p className="break-words text-stone-700" data-testid="statement-state">
          {s.status === "paid"
            ? t("paidNote", {
                date: s.paid_at ? formatVietnamTime(s.paid_at, locale, "day") : "",
                reference: s.paid_reference ?? "",
              })
            : t("openNote", { time: formatVietnamTime(s.computed_at, locale) })}
        </p>
      </div>
      <dl className="divide-y divide-stone-200 text-sm">
        <Row label={t("figures.orders")} value={String(s.orders)} testid="statement-orders" />
        {rows.map(([key, amount, testid]) => (
          <Row key={key} label={t(`figures.${key}`)} value={amount} testid={testid} />
        ))}
        <Row label={t("figures.net")} value={formatVnd(s.net)} testid="statement-net" strong />
      </dl>
      <div className="space-y-1 rounded bg-stone-50 p-2 text-sm text-stone-700" data-testid="statement-record">
        <p className="font-semibold">{t("record")}</p>
        <p>{t("canceled", { count: s.canceled_lines, amount: formatVnd(s.canceled_value) })}</p>
        <p>{t("refunded", { amount: formatVnd(s.refunds) })}</p>
      </div>
    </div>
  )
}

function Row({ label, value, testid, strong }: { label: string; value: string; testid?: string; strong?: boolean }) {
  return (
    <div className={`flex items-baseline justify-between gap-3 py-1 ${strong ? "text-base font-bold" : ""}`}>
      <dt className="min-w-0 break-words">{label}</dt>
      <dd className="whitespace-nowrap tabular-nums" data-testid={testid}>
        {value}
      </dd>
    </div>
  )
}
