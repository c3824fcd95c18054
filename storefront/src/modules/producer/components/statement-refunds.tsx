import { formatVietnamTime, formatVnd, type StatementRefundView } from "@ocop/core"

type T = (key: string, values?: Record<string, string | number>) => string

/**
 * The returned lines refunded in the statement's month (docs/returns.md), one card each: the order,
 * the day of the refund, the product and quantity, and the amount taken off the net. Nothing when
 * the month had none.
 */
export function StatementRefunds({ refunds, locale, t }: { refunds: StatementRefundView[]; locale: string; t: T }) {
  if (!refunds.length) return null
  return (
    <section className="space-y-2" aria-labelledby="refunds">
      <h2 id="refunds" className="text-lg font-semibold">
        {t("refundLines")}
      </h2>
      <ul className="space-y-2 text-sm" data-testid="statement-refunds">
        {refunds.map((r, i) => (
          <li
            key={`${r.display_id}-${i}`}
            className="flex flex-wrap justify-between gap-2 rounded-lg border border-stone-200 bg-white p-3"
            data-testid="statement-refund"
          >
            <span className="min-w-0 break-words">
              {t("refundLine", {
                number: r.display_id,
                date: formatVietnamTime(r.refunded_at, locale, "day"),
              })}
              <span className="block">
                {r.title}
                {r.variant_title ? ` (${r.variant_title})` : ""} × {r.quantity}
              </span>
            </span>
            <span className="whitespace-nowrap font-semibold tabular-nums">− {formatVnd(-r.amount)}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
