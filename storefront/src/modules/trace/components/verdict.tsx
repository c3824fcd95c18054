import { calendarDay, TRACE_WARNINGS, type TraceView, type TraceWarning } from "@ocop/core"
import { getTranslations } from "next-intl/server"
import type { Locale } from "@/i18n/routing"

/**
 * The answer a tourist scans for, above everything else: what this code proves, or why it proves
 * nothing. The backend decides (`proves`, `warnings`); this only words it. Only a signed serial is
 * called genuine: a lot or product code is on every package and anyone can copy it. Each warning is
 * an alert with an icon and its text, never colour alone.
 */
export async function Verdict({ trace, locale }: { trace: TraceView; locale: Locale }) {
  const t = await getTranslations("Trace")
  if (trace.genuine && trace.proves === "unit") {
    return (
      <div
        className="flex items-start gap-3 rounded-lg border-2 border-green-800 bg-green-50 p-4 text-green-950"
        data-testid="verdict-genuine"
      >
        <CheckIcon />
        <div>
          <p className="text-xl font-bold">{t("genuine")}</p>
          <p>{t("genuineBody")}</p>
        </div>
      </div>
    )
  }
  if (trace.genuine && (trace.proves === "lot" || trace.proves === "product")) {
    // The certificate (and the lot) are on record; the package itself is not proven.
    return (
      <div
        className="flex items-start gap-3 rounded-lg border-2 border-sky-900 bg-sky-50 p-4 text-sky-950"
        data-testid={`verdict-${trace.proves}`}
      >
        <CertificateIcon />
        <div>
          <p className="text-xl font-bold">{t(`${trace.proves}Verdict`)}</p>
          <p>{t(`${trace.proves}VerdictBody`, { lot: trace.lot?.code ?? "" })}</p>
        </div>
      </div>
    )
  }
  if (!trace.warnings.length) {
    // Not genuine yet nothing wrong with the code itself: a certified product not on sale here.
    return (
      <div
        className="flex items-start gap-3 rounded-lg border-2 border-amber-800 bg-amber-50 p-4 text-amber-950"
        data-testid="verdict-unconfirmed"
      >
        <WarningIcon />
        <div>
          <p className="text-xl font-bold">{t("unconfirmed")}</p>
          <p>{t("unconfirmedBody")}</p>
        </div>
      </div>
    )
  }
  return (
    <div className="space-y-3">
      {trace.warnings.map((warning) => (
        <div
          key={warning}
          role="alert"
          className="flex items-start gap-3 rounded-lg border-2 border-red-950 bg-red-800 p-4 text-white"
          data-testid={`warning-${warning}`}
        >
          <WarningIcon />
          <div>
            <p className="text-xl font-bold">{t(`warnings.${known(warning)}.title`)}</p>
            <p>{t(...advice(warning, trace, locale))}</p>
          </div>
        </div>
      ))}
    </div>
  )
}

// A backend newer than this page may send a warning it does not know yet: still a warning.
const known = (warning: string): TraceWarning | "other" =>
  (TRACE_WARNINGS as readonly string[]).includes(warning) ? (warning as TraceWarning) : "other"

/** The advice's message key under `Trace` and its values: a decision and its date when known. */
function advice(warning: TraceWarning, trace: TraceView, locale: Locale): [string, Record<string, string>?] {
  const certificate = trace.certificate
  const day = (date: string) => calendarDay(date, locale)
  switch (warning) {
    case "revoked":
    case "suspended": {
      const decision = certificate?.status_decision_number
      const date = certificate?.status_decision_date
      if (decision && date) return [`warnings.${warning}.advice`, { decision, date: day(date) }]
      if (decision) return [`warnings.${warning}.adviceNoDate`, { decision }]
      return [`warnings.${warning}.adviceBare`]
    }
    case "expired":
      return certificate
        ? ["warnings.expired.advice", { date: day(certificate.valid_until) }]
        : ["warnings.expired.adviceBare"]
    default:
      return [`warnings.${known(warning)}.advice`]
  }
}

function CheckIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="h-8 w-8 shrink-0" fill="none" stroke="currentColor">
      <circle cx="12" cy="12" r="10" strokeWidth="2" />
      <path d="M7 12.5l3.5 3.5L17 9" strokeWidth="2.5" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  )
}

function CertificateIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="h-8 w-8 shrink-0" fill="none" stroke="currentColor">
      <rect x="4" y="3" width="16" height="18" rx="2" strokeWidth="2" />
      <path d="M8 8h8M8 12h8M8 16h4" strokeWidth="2" strokeLinecap="round" />
    </svg>
  )
}

export function WarningIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="h-8 w-8 shrink-0" fill="none" stroke="currentColor">
      <path d="M12 3L2 21h20L12 3z" strokeWidth="2" strokeLinejoin="round" />
      <path d="M12 10v5" strokeWidth="2.5" strokeLinecap="round" />
      <circle cx="12" cy="18" r="0.5" fill="currentColor" strokeWidth="1.5" />
    </svg>
  )
}
