import { calendarDay, formatVnd, type AgreementView } from "@ocop/core"
import { useLocale, useTranslations } from "next-intl"

/** Deliveries recorded against the contract, by hand or from marketplace orders. */
export function DeliveryList({ deliveries }: { deliveries: AgreementView["deliveries"] }) {
  const t = useTranslations("Agreements")
  const locale = useLocale()
  if (!deliveries.length) return <p className="text-sm">{t("noDeliveries")}</p>
  return (
    <ul className="space-y-1 text-sm" data-testid="deliveries">
      {deliveries.map((d) => (
        <li key={d.id}>
          {t("deliveryRow", {
            date: calendarDay(d.delivered_on, locale),
            quantity: d.quantity,
            value: formatVnd(d.value),
          })}
          {d.order_id && ` (${t("fromOrder", { order: d.order_id })})`}
          {d.note && ` — ${d.note}`}
        </li>
      ))}
    </ul>
  )
}
