import { calendarDay, formatVnd, type AgreementView } from "@ocop/core"
import { useLocale, useTranslations } from "next-intl"
import { confirmDelivery } from "@/lib/actions/trade/agreements"
import { secondaryButton, primaryButton } from "../styles"
import { ActionForm } from "./action-form"

type Props = {
  id: string
  deliveries: AgreementView["deliveries"]
  side: "buyer" | "seller"
  /** The agreement still takes confirmations (a signed contract, delivering or fulfilled). */
  canConfirm: boolean
  /** The buyer's own orders' numbers by id; the seller is never shown the buyer's order. */
  orderNumbers: Map<string, string>
}

const BADGE = {
  pending: "bg-amber-100 text-amber-900",
  confirmed: "bg-green-100 text-green-900",
  disputed: "bg-red-100 text-red-900",
} as const

/**
 * Deliveries recorded against the contract, each with its state: one the other party recorded
 * waits for this party to confirm it (or dispute it) before it counts.
 */
export function DeliveryList({ id, deliveries, side, canConfirm, orderNumbers }: Props) {
  const t = useTranslations("Agreements")
  const locale = useLocale()
  if (!deliveries.length) return <p className="text-sm">{t("noDeliveries")}</p>
  return (
    <ul className="divide-y text-sm" data-testid="deliveries">
      {deliveries.map((d) => {
        const mine = d.recorded_by === side
        return (
          <li key={d.id} className="space-y-2 py-3" data-testid="delivery">
            <p>
              {t("deliveryRow", {
                date: calendarDay(d.delivered_on, locale),
                quantity: d.quantity,
                value: formatVnd(d.value),
              })}
              {d.order_id &&
                ` (${orderNumbers.has(d.order_id) ? t("fromOrder", { order: orderNumbers.get(d.order_id)! }) : t("fromAnOrder")})`}
              {d.note && ` — ${d.note}`}
            </p>
            <p className="flex flex-wrap items-center gap-2">
              <span className={`rounded px-2 py-0.5 ${BADGE[d.status]}`} data-testid="delivery-status">
                {t(`deliveryStatuses.${d.status}`)}
              </span>
              {d.status === "pending" && (
                <span className="text-stone-600">{t(mine ? "recordedByYou" : "recordedByOther")}</span>
              )}
              {d.over_delivery && (
                <span className="rounded bg-red-100 px-2 py-0.5 text-red-900">{t("overDelivery")}</span>
              )}
            </p>
            {d.status === "pending" && !mine && canConfirm && (
              <div className="flex flex-wrap gap-3">
                <ActionForm
                  action={confirmDelivery}
                  fields={{ id, delivery_id: d.id, answer: "confirm" }}
                  label={t("confirmDelivery")}
                  className={primaryButton}
                  testId="confirm-delivery"
                />
                <ActionForm
                  action={confirmDelivery}
                  fields={{ id, delivery_id: d.id, answer: "dispute" }}
                  label={t("disputeDelivery")}
                  className={secondaryButton}
                  testId="dispute-delivery"
                />
              </div>
            )}
          </li>
        )
      })}
    </ul>
  )
}
