import { POLICY_SLUGS, type ConsentVersions, type PolicyKind } from "@ocop/core"
import { useLocale, useTranslations } from "next-intl"
import type { ReactNode } from "react"

type Versions = ConsentVersions

// A plain link (next-intl's Link is typed for another copy of React's types than rich texts' chunks).
const linkTo = (locale: string, kind: PolicyKind, versions: Versions) => (chunks: ReactNode) => (
  <a
    href={`/${locale}/policies/${POLICY_SLUGS[kind]}/${encodeURIComponent(versions[kind] ?? "")}`}
    className="underline"
    target="_blank"
  >
    {chunks}
  </a>
)

/**
 * The consent boxes of a form: processing for the order (required, its label linking to the exact
 * versions agreed to) and, separately, marketing — both unticked until the shopper ticks them
 * (Law 91/2025/QH15: silence or a pre-ticked box is not consent). With `rules`, the operating rules
 * a business or producer joins under. The server action checks them; nothing here is trusted.
 */
export function ConsentFields({
  versions,
  purposes,
  values = {},
  missing = false,
  alert = false,
  idPrefix,
}: {
  versions: Versions
  purposes: "order" | "rules"
  values?: Record<string, string>
  missing?: boolean
  /** Whether the missing box's message is the form's one alert (forms with their own summary say no). */
  alert?: boolean
  idPrefix: string
}) {
  const t = useTranslations("Consent")
  const locale = useLocale()
  const box = "mt-1 size-5 shrink-0"
  const row = "flex items-start gap-3 text-sm"
  const required = purposes === "order" ? "consent_processing" : "consent_rules"
  return (
    <fieldset className="space-y-3 rounded border border-stone-300 p-3" data-testid={`${idPrefix}-consent`}>
      <legend className="px-1 text-sm font-semibold">{t("legend")}</legend>
      <label className={row}>
        <input
          type="checkbox"
          name={required}
          id={`${idPrefix}-${required}`}
          className={box}
          defaultChecked={values[required] === "on"}
          aria-invalid={missing}
          aria-describedby={missing ? `${idPrefix}-consent-error` : undefined}
          data-testid={`${idPrefix}-${required}`}
        />
        <span>
          {purposes === "order"
            ? t.rich("processing", {
                privacy: linkTo(locale, "privacy", versions),
                terms: linkTo(locale, "terms", versions),
                privacyVersion: versions.privacy ?? "",
                termsVersion: versions.terms ?? "",
              })
            : t.rich("rules", {
                rules: linkTo(locale, "operating_rules", versions),
                version: versions.operating_rules ?? "",
              })}
        </span>
      </label>
      {missing && (
        <p id={`${idPrefix}-consent-error`} className="text-sm text-red-700" role={alert ? "alert" : undefined}>
          {t(purposes === "order" ? "processingRequired" : "rulesRequired")}
        </p>
      )}
      {purposes === "order" && (
        <label className={row}>
          <input
            type="checkbox"
            name="consent_marketing"
            id={`${idPrefix}-consent_marketing`}
            className={box}
            defaultChecked={values.consent_marketing === "on"}
            data-testid={`${idPrefix}-consent_marketing`}
          />
          <span>{t("marketing")}</span>
        </label>
      )}
    </fieldset>
  )
}
