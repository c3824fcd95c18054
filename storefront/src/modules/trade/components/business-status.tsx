import { useLocale, useTranslations } from "next-intl"
import { formatVietnamTime, type BusinessView } from "@ocop/core"
import { cardClass } from "../styles"

const TONE = {
  pending: "border-amber-300 bg-amber-50",
  verified: "border-green-300 bg-green-50",
  rejected: "border-red-300 bg-red-50",
} as const

/** The profile as registered, and where its verification stands (with the official's note). */
export function BusinessStatus({ business }: { business: BusinessView }) {
  const t = useTranslations("BusinessProfile")
  const types = useTranslations("BusinessType")
  const locale = useLocale()
  const verifiedOn = business.verified_at ? formatVietnamTime(business.verified_at, locale, "day") : null
  return (
    <section className={`${cardClass} space-y-3`} aria-labelledby="business-status">
      <h2 id="business-status" className="text-lg font-semibold">
        {business.company_name}
      </h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-stone-600">{t("taxCode")}</dt>
        <dd>{business.tax_code}</dd>
        <dt className="text-stone-600">{t("type")}</dt>
        <dd>{types(business.type)}</dd>
        {business.phone && (
          <>
            <dt className="text-stone-600">{t("phone")}</dt>
            <dd>{business.phone}</dd>
          </>
        )}
      </dl>
      <div className={`space-y-1 rounded border p-3 text-sm ${TONE[business.status]}`} data-testid="business-status">
        <p>
          {t("status")}: <strong>{t(`statuses.${business.status}`)}</strong>
        </p>
        {business.status === "pending" && <p>{t("pendingBody")}</p>}
        {business.status === "verified" && verifiedOn && <p>{t("verifiedOn", { date: verifiedOn })}</p>}
        {business.status === "rejected" && <p>{t("rejectedBody")}</p>}
        {business.review_note && <p>{t("reviewNote", { note: business.review_note })}</p>}
        {business.subject_id && <p>{t("producerLinked")}</p>}
      </div>
    </section>
  )
}
