import { ratingShare, type RatingSummary as Summary, type Stars as StarCount } from "@ocop/core"
import { getTranslations } from "next-intl/server"
import { Stars } from "./stars"

const ROWS: StarCount[] = [5, 4, 3, 2, 1]

/** The average, the count and how many gave each number of stars (5★ … 1★), as bars. */
export async function RatingSummary({ summary }: { summary: Summary }) {
  const t = await getTranslations("Reviews")
  if (!summary.count || summary.average === null)
    return (
      <p className="text-stone-600" data-testid="reviews-none">
        {t("none")}
      </p>
    )
  return (
    <div className="flex flex-wrap items-center gap-x-6 gap-y-3" data-testid="rating-summary">
      <div className="space-y-1">
        <p className="text-4xl font-bold" data-testid="rating-average">
          {summary.average.toLocaleString(t("numberLocale"), { minimumFractionDigits: 1 })}
        </p>
        <Stars rating={summary.average} label={t("starsLabel", { stars: summary.average })} className="text-xl" />
        <p className="text-sm text-stone-600" data-testid="rating-count">
          {t("count", { count: summary.count })}
        </p>
      </div>
      <ul className="min-w-0 flex-1 space-y-1 text-sm" aria-label={t("distribution")} data-testid="rating-distribution">
        {ROWS.map((stars) => (
          <li key={stars} className="flex items-center gap-2" data-testid={`rating-row-${stars}`}>
            <span className="w-8 shrink-0">{stars}★</span>
            <span className="h-2 min-w-0 flex-1 overflow-hidden rounded bg-stone-200" aria-hidden="true">
              <span className="block h-2 rounded bg-amber-500" style={{ width: `${ratingShare(summary, stars)}%` }} />
            </span>
            <span
              className="w-8 shrink-0 text-right"
              aria-label={t("rowLabel", { stars, count: summary.distribution[stars] })}
            >
              {summary.distribution[stars]}
            </span>
          </li>
        ))}
      </ul>
    </div>
  )
}
