import { calendarDay, formatVnd, type MatchReason } from "@ocop/core"
import { useLocale, useTranslations } from "next-intl"

/** Each factor of a match score, with its share and the facts behind it in words. */
export function MatchReasons({ reasons }: { reasons: MatchReason[] }) {
  const t = useTranslations("Matches")
  const locale = useLocale()
  const count = new Intl.NumberFormat(locale === "en" ? "en-GB" : "vi-VN")
  const day = (date: string) => calendarDay(date, locale)
  const words = (r: MatchReason): string => {
    switch (r.factor) {
      case "product": {
        const parts = [
          r.same_group ? t("reasons.sameGroup") : null,
          r.keywords.length ? t("reasons.keywords", { keywords: r.keywords.join(", ") }) : null,
        ].filter((p): p is string => p !== null)
        return parts.length ? parts.join("; ") : t("reasons.noProductFit")
      }
      case "capacity":
        return t("reasons.capacity", { deliverable: count.format(r.deliverable), wanted: count.format(r.wanted) })
      case "distance":
        if (r.km === null) return t("reasons.unknownDistance")
        return t(r.outside_area ? "reasons.outsideArea" : "reasons.distance", { km: count.format(r.km) })
      case "price": {
        const range = { min: formatVnd(r.price_min), max: formatVnd(r.price_max) }
        return r.ceiling === null
          ? t("reasons.priceNoCeiling", range)
          : t("reasons.price", { ...range, ceiling: formatVnd(r.ceiling) })
      }
      case "certificate":
        if (!r.valid_until) return t("reasons.noCertificate")
        return t(r.score >= 1 ? "reasons.certificateValid" : "reasons.certificateShort", {
          until: day(r.valid_until),
          deadline: day(r.deadline),
        })
    }
  }
  return (
    <ul className="space-y-1 text-sm">
      {reasons.map((r) => (
        <li key={r.factor} className="grid gap-x-3 sm:grid-cols-[11rem_1fr]" data-testid={`reason-${r.factor}`}>
          <span className="font-semibold">
            {t(`factors.${r.factor}`)}{" "}
            <span className="font-normal text-stone-600">{t("factorScore", { score: Math.round(r.score * 100) })}</span>
          </span>
          <span>{words(r)}</span>
        </li>
      ))}
    </ul>
  )
}
