import { CANCEL_REASON_MAX, CANCELABLE_STATUSES, formatVnd, type ProducerOrderDetail } from "@ocop/core"
import { cancelOrderLine } from "@/lib/actions/producer/orders"
import { dangerButton, inputClass } from "@/modules/trade/styles"
import { OrderOutcome } from "./order-outcome"

type T = (key: string, values?: Record<string, string | number>) => string
type Outcome = { done: string | null; problem: string | null; line: string | null }

/**
 * A part's lines: what to pack, at what price, and those cancelled with the reason and what was
 * paid back. While the part is still with the producer each line has its own cancel form, folded
 * away (a `<details>`, no script) so a mistaken tap cannot cancel.
 */
export function OrderLines({
  part,
  locale,
  outcome,
  t,
}: {
  part: ProducerOrderDetail
  locale: string
  outcome: Outcome
  t: T
}) {
  const cancelable = CANCELABLE_STATUSES.includes(part.status)
  return (
    <section className="space-y-2" aria-labelledby="lines">
      <h2 id="lines" className="text-lg font-semibold">
        {t("lines")}
      </h2>
      <ul
        className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white"
        data-testid="producer-order-lines"
      >
        {part.lines.map((line) => (
          <li key={line.id} id={`l-${line.id}`} className="space-y-2 p-3" data-testid="producer-order-line">
            <div className={line.canceled_at ? "text-stone-500 line-through" : undefined}>
              <p className="break-words font-semibold">{line.title}</p>
              {line.variant_title && <p className="break-words text-sm">{line.variant_title}</p>}
            </div>
            <p className="text-sm">
              {t("lineAmount", {
                quantity: line.quantity,
                price: formatVnd(line.unit_price),
                total: formatVnd(line.quantity * line.unit_price),
              })}
            </p>
            {line.canceled_at && (
              <p className="break-words text-sm text-red-900" data-testid="producer-order-line-canceled">
                {line.cancel_reason ? t("canceledBecause", { reason: line.cancel_reason }) : t("canceled")}
                {line.refunded > 0 && ` ${t("refunded", { amount: formatVnd(line.refunded) })}`}
              </p>
            )}
            {outcome.line === line.id && <OrderOutcome done={outcome.done} problem={outcome.problem} t={t} />}
            {cancelable && !line.canceled_at && (
              <details>
                <summary className="cursor-pointer text-sm font-semibold text-red-800">{t("cancelOpen")}</summary>
                <form action={cancelOrderLine} className="mt-2 space-y-2">
                  <input type="hidden" name="locale" value={locale} />
                  <input type="hidden" name="id" value={part.id} />
                  <input type="hidden" name="line_id" value={line.id} />
                  <label htmlFor={`reason-${line.id}`} className="block text-sm font-semibold">
                    {t("cancelReason")}
                  </label>
                  <textarea
                    id={`reason-${line.id}`}
                    name="reason"
                    rows={2}
                    required
                    maxLength={CANCEL_REASON_MAX}
                    className={inputClass}
                  />
                  <button type="submit" className={dangerButton}>
                    {t("cancelLine")}
                  </button>
                </form>
              </details>
            )}
          </li>
        ))}
      </ul>
      <p className="font-semibold" data-testid="producer-order-subtotal">
        {t("subtotal", { amount: formatVnd(part.subtotal) })}
      </p>
    </section>
  )
}
