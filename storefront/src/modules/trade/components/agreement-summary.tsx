import { calendarDay, formatVietnamTime, formatVnd, type AgreementView } from "@ocop/core"
import { useLocale, useTranslations } from "next-intl"

/**
 * Who the parties are, the term, the value, what has been delivered (confirmed) and what awaits
 * confirmation, and each party's signature.
 */
export function AgreementSummary({ agreement, me }: { agreement: AgreementView; me: string }) {
  const t = useTranslations("Agreements")
  const locale = useLocale()
  const party = (p: AgreementView["buyer"]) => {
    const name = p.company_name ?? t("unknownName")
    return p.id === me ? t("you", { name }) : name
  }
  const signature = (at: string | null) =>
    at ? t("signedAt", { time: formatVietnamTime(at, locale) }) : t("notSigned")
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
      <dt className="text-stone-600">{t("buyer")}</dt>
      <dd data-testid="agreement-buyer">
        {party(agreement.buyer)} — {signature(agreement.buyer_signed_at)}
      </dd>
      <dt className="text-stone-600">{t("seller")}</dt>
      <dd data-testid="agreement-seller">
        {party(agreement.seller)} — {signature(agreement.seller_signed_at)}
      </dd>
      <dt className="text-stone-600">{t("term")}</dt>
      <dd>
        {t("termValue", {
          from: calendarDay(agreement.term_start, locale),
          to: calendarDay(agreement.term_end, locale),
        })}
      </dd>
      <dt className="text-stone-600">{t("value")}</dt>
      <dd className="font-semibold" data-testid="agreement-value">
        {formatVnd(agreement.value)}
      </dd>
      <dt className="text-stone-600">{t("realised")}</dt>
      <dd data-testid="agreement-realised">{formatVnd(agreement.realised)}</dd>
      {agreement.pending_value > 0 && (
        <>
          <dt className="text-stone-600">{t("pendingValue")}</dt>
          <dd data-testid="agreement-pending">{formatVnd(agreement.pending_value)}</dd>
        </>
      )}
      {agreement.over_delivered && (
        <dd className="col-span-2 text-red-800" data-testid="agreement-over-delivered">
          {t("overDelivered")}
        </dd>
      )}
    </dl>
  )
}
