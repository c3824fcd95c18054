import { POLICY_SLUGS, type StorePolicyResponse } from "@ocop/core"
import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { Locale } from "@/i18n/routing"
import { PolicyText } from "./policy-text"

const day = (iso: string, locale: Locale) =>
  new Intl.DateTimeFormat(locale === "vi" ? "vi-VN" : "en-GB", {
    dateStyle: "long",
    timeZone: "Asia/Ho_Chi_Minh",
  }).format(new Date(iso))

/** One version of a policy in the page's language: its label and effective date, the text, the other versions. */
export async function PolicyPage({ data, locale }: { data: StorePolicyResponse; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Policies" })
  const { policy, versions, current_id } = data
  const slug = POLICY_SLUGS[policy.kind]
  const isCurrent = policy.id === current_id
  return (
    <article className="max-w-prose space-y-4 break-words" data-testid="policy">
      <h1 className="text-3xl font-bold">{locale === "vi" ? policy.title_vi : policy.title_en}</h1>
      <p className="text-sm text-stone-600" data-testid="policy-version">
        {t("versionLine", { version: policy.version, date: day(policy.effective_at, locale) })}
      </p>
      {data.return_window_days !== undefined && (
        <p className="rounded border border-green-700 bg-green-50 p-3" data-testid="return-window">
          {t("returnWindow", { days: data.return_window_days })}
        </p>
      )}
      {!isCurrent && (
        <p role="note" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm" data-testid="policy-older">
          {t("olderVersion")}{" "}
          <Link href={`/policies/${slug}`} className="underline">
            {t("seeCurrent")}
          </Link>
        </p>
      )}
      <PolicyText source={locale === "vi" ? policy.body_vi : policy.body_en} />
      {versions.length > 1 && (
        <section className="space-y-2 border-t border-stone-200 pt-4">
          <h2 className="text-lg font-semibold">{t("allVersions")}</h2>
          <ul className="space-y-1 text-sm">
            {versions.map((v) => (
              <li key={v.id}>
                <Link
                  href={`/policies/${slug}/${encodeURIComponent(v.version)}`}
                  className="inline-flex min-h-11 items-center underline"
                >
                  {t("versionLine", { version: v.version, date: day(v.effective_at, locale) })}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  )
}
