import type { RatingSummary } from "@ocop/core"
import { getTranslations } from "next-intl/server"
import { Stars } from "./stars"

/**
 * A producer's stall: what buyers thought of its products on sale, in one line (the average and
 * count of their approved reviews together); nothing when none has been published.
 */
export async function StallReviews({ summary }: { summary: RatingSummary }) {
  if (!summary.count || summary.average === null) return null
  const t = await getTranslations("Reviews")
  const average = summary.average.toLocaleString(t("numberLocale"), { minimumFractionDigits: 1 })
  return (
    <section aria-labelledby="producer-reviews" className="space-y-1" data-testid="stall-reviews">
      <h2 id="producer-reviews" className="text-xl font-semibold">
        {t("stallTitle")}
      </h2>
      <p className="flex flex-wrap items-center gap-2">
        <Stars rating={summary.average} label={t("starsLabel", { stars: summary.average })} />
        <span data-testid="stall-reviews-summary">{t("stallSummary", { average, count: summary.count })}</span>
      </p>
    </section>
  )
}
