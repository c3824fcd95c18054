import { CARRIER_NAMES, formatVietnamTime, type ShipmentView } from "@ocop/core"
import { getLocale, getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { statusBadge } from "../status-look"

/**
 * An order's shipments as its buyer reads them, on the confirmation page and in the account: each
 * producer sends its own parcel, so each has its state, carrier and tracking number, and the lines
 * it could not supply with its reason. Nothing when the order went to no producer.
 */
export async function Shipments({ shipments }: { shipments: ShipmentView[] }) {
  if (!shipments.length) return null
  const t = await getTranslations("Order.shipments")
  const locale = (await getLocale()) === "en" ? "en" : "vi"
  const day = (iso: string) => formatVietnamTime(iso, locale, "day")
  return (
    <section className="space-y-3" aria-labelledby="shipments-title" data-testid="order-shipments">
      <h2 id="shipments-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-stone-700">{t("intro")}</p>
      <ul className="space-y-3">
        {shipments.map((s, i) => (
          <li
            key={i}
            className="space-y-2 rounded-lg border border-stone-200 bg-white p-4"
            data-testid="order-shipment"
          >
            <div className="flex flex-wrap items-start justify-between gap-2">
              <p className="min-w-0 break-words font-semibold" data-testid="shipment-producer">
                {s.producer.key ? (
                  <Link href={`/producers/${encodeURIComponent(s.producer.key)}`} className="underline">
                    {s.producer.name}
                  </Link>
                ) : (
                  s.producer.name
                )}
              </p>
              <span className={statusBadge(s.status)} data-testid="shipment-status">
                {t(`status.${s.status}`)}
              </span>
            </div>
            {s.carrier && (
              <p className="break-words text-sm" data-testid="shipment-tracking">
                {t("carrier", { carrier: CARRIER_NAMES[s.carrier][locale] })}
                {s.tracking_number && (
                  <>
                    <br />
                    {t("tracking")} <span className="break-all font-mono font-semibold">{s.tracking_number}</span>
                  </>
                )}
              </p>
            )}
            {(s.delivered_at || s.shipped_at) && (
              <p className="text-sm text-stone-700">
                {s.delivered_at
                  ? t("deliveredOn", { date: day(s.delivered_at) })
                  : t("shippedOn", { date: day(s.shipped_at!) })}
              </p>
            )}
            <ul className="space-y-1 text-sm" data-testid="shipment-items">
              {s.items.map((item, j) => (
                <li key={j} className="break-words">
                  <span className={item.canceled ? "text-stone-500 line-through" : undefined}>
                    {item.title}
                    {item.variant_title ? ` (${item.variant_title})` : ""} × {item.quantity}
                  </span>
                  {item.canceled && (
                    <span className="block text-red-900" data-testid="shipment-canceled">
                      {item.reason ? t("canceledBecause", { reason: item.reason }) : t("canceled")}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  )
}
