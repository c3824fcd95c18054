import { useTranslations } from "next-intl"
import type { ExhibitorView } from "@ocop/core"
import { Link } from "@/i18n/navigation"
import { ProductLinks } from "./product-links"

type Props = { exhibitor: ExhibitorView; eventId: string; bookable: boolean }

/** A booth: the producer, the certified products it shows, and, while the fair takes meetings, a way to ask for one. */
export function ExhibitorItem({ exhibitor, eventId, bookable }: Props) {
  const t = useTranslations("Fairs")
  const meeting =
    bookable && exhibitor.business_id
      ? `/account/business/meetings/new?event=${encodeURIComponent(eventId)}&counterpart=${encodeURIComponent(exhibitor.business_id)}`
      : null
  return (
    <li className="space-y-2 rounded-lg border border-stone-200 bg-white p-4" data-testid="exhibitor">
      {exhibitor.booth && (
        <p className="text-sm font-semibold text-ocop-red">{t("booth", { booth: exhibitor.booth })}</p>
      )}
      <h3 className="text-lg font-semibold">
        <Link href={`/producers/${exhibitor.producer.key}`} className="underline">
          {exhibitor.producer.name}
        </Link>
      </h3>
      {exhibitor.products.length ? (
        <ProductLinks products={exhibitor.products} />
      ) : (
        <p className="text-sm text-stone-600">{t("noProducts")}</p>
      )}
      {meeting && (
        <Link href={meeting} className="inline-block text-sm font-semibold underline" data-testid="exhibitor-meeting">
          {t("requestMeeting")}
        </Link>
      )}
    </li>
  )
}
