import { REPORT_LIMITS, REPORT_REASONS, type TraceView } from "@ocop/core"
import { getTranslations } from "next-intl/server"
import type { Locale } from "@/i18n/routing"
import { REPORT_OUTCOMES, type ReportOutcome } from "../report"
import { ReportDisclosure, ReportToken } from "./report-disclosure"

const input = "block w-full max-w-full rounded border border-stone-300 bg-white px-3 py-2"
const hint = "text-xs text-stone-600"
const label = "block text-sm font-semibold"

/**
 * "Report a suspected counterfeit" on the scan page: a closed section that opens a plain form,
 * posted to the storefront's route handler (so it works without JavaScript) and passed on to the
 * Store API. No account; a photo and a contact are optional; the Store API limits how many reports
 * one address sends (docs/traceability.md).
 */
export async function ReportCounterfeit({ trace, locale }: { trace: TraceView; locale: Locale }) {
  const t = await getTranslations("Report")
  const outcomes = Object.fromEntries(REPORT_OUTCOMES.map((o) => [o, t(`outcomes.${o}`)])) as Record<
    ReportOutcome,
    string
  >
  const photoMb = REPORT_LIMITS.photoBytes / 1024 / 1024
  return (
    <section id="report" aria-labelledby="report-title" className="space-y-3" data-testid="report-counterfeit">
      <ReportDisclosure
        outcomes={outcomes}
        summary={
          <summary className="flex min-h-11 cursor-pointer items-center gap-2 px-4 py-2 font-semibold text-red-900">
            <span aria-hidden className="transition-transform group-open:rotate-90">
              ▸
            </span>
            <h2 id="report-title" className="text-lg">
              {t("title")}
            </h2>
          </summary>
        }
      >
        <form
          action={`/api/trace/reports?locale=${locale}`}
          method="post"
          encType="multipart/form-data"
          className="space-y-4 border-t border-stone-200 p-4"
          data-testid="report-form"
        >
          <p className="text-sm">{t("intro")}</p>
          <input type="hidden" name="code" value={trace.code.path} />
          <ReportToken />
          <fieldset className="space-y-2">
            <legend className={label}>{t("reason")}</legend>
            {REPORT_REASONS.map((reason, i) => (
              <label key={reason} className="flex min-h-11 items-start gap-3 text-sm">
                <input type="radio" name="reason" value={reason} required={i === 0} className="mt-1 h-5 w-5 shrink-0" />
                <span>{t(`reasons.${reason}`)}</span>
              </label>
            ))}
          </fieldset>
          <div className="space-y-1">
            <label htmlFor="report-details" className={label}>
              {t("details")}
            </label>
            <textarea
              id="report-details"
              name="details"
              rows={3}
              maxLength={REPORT_LIMITS.details}
              aria-describedby="report-details-hint"
              className={input}
            />
            <p id="report-details-hint" className={hint}>
              {t("detailsHint", { max: REPORT_LIMITS.details })}
            </p>
          </div>
          <div className="space-y-1">
            <label htmlFor="report-place" className={label}>
              {t("place")}
            </label>
            <input
              id="report-place"
              name="place"
              maxLength={REPORT_LIMITS.place}
              aria-describedby="report-place-hint"
              className={input}
            />
            <p id="report-place-hint" className={hint}>
              {t("placeHint")}
            </p>
          </div>
          <div className="space-y-1">
            <label htmlFor="report-photo" className={label}>
              {t("photo")}
            </label>
            <input
              id="report-photo"
              name="photo"
              type="file"
              accept="image/*"
              aria-describedby="report-photo-hint"
              className={`${input} text-sm`}
            />
            <p id="report-photo-hint" className={hint}>
              {t("photoHint", { mb: photoMb })}
            </p>
          </div>
          <div className="space-y-1">
            <label htmlFor="report-contact" className={label}>
              {t("contact")}
            </label>
            <input
              id="report-contact"
              name="contact"
              maxLength={REPORT_LIMITS.contact}
              aria-describedby="report-contact-hint"
              className={input}
            />
            <p id="report-contact-hint" className={hint}>
              {t("contactHint")}
            </p>
          </div>
          <button
            type="submit"
            className="min-h-11 rounded-lg bg-red-800 px-4 py-2 font-semibold text-white hover:bg-red-900"
          >
            {t("send")}
          </button>
        </form>
      </ReportDisclosure>
    </section>
  )
}
