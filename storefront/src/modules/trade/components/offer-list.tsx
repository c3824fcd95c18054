import { formatVnd, type OfferView } from "@ocop/core"
import { useTranslations } from "next-intl"
import { closeOffer } from "@/lib/actions/trade/offers"
import { cardClass, secondaryButton } from "../styles"
import { ActionForm } from "./action-form"

/** The producer's offers, open ones with a button to withdraw them. */
export function OfferList({ offers, titles }: { offers: OfferView[]; titles: Map<string, string> }) {
  const t = useTranslations("Offers")
  if (!offers.length) return <p>{t("none")}</p>
  return (
    <ul className="space-y-3" data-testid="offers">
      {offers.map((offer) => (
        <li key={offer.id} className={`${cardClass} space-y-1`} data-testid="offer">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h3 className="font-semibold">{titles.get(offer.product_id) ?? t("unlistedProduct")}</h3>
            <span className="text-sm text-stone-600">{t(`statuses.${offer.status}`)}</span>
          </div>
          <p className="text-sm">
            {t("summary", {
              capacity: offer.monthly_capacity,
              min: formatVnd(offer.price_min),
              max: formatVnd(offer.price_max),
            })}
          </p>
          <p className="text-sm">
            {offer.delivery_radius_km === null ? t("anywhere") : t("radiusValue", { km: offer.delivery_radius_km })}
            {offer.certifications.length > 0 && ` · ${offer.certifications.join(", ")}`}
          </p>
          {offer.note && <p className="text-sm text-stone-700">{offer.note}</p>}
          {offer.status === "open" && (
            <ActionForm action={closeOffer} fields={{ id: offer.id }} label={t("close")} className={secondaryButton} />
          )}
        </li>
      ))}
    </ul>
  )
}
