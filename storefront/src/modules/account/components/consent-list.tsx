import type { ConsentView } from "@ocop/core"
import { POLICY_SLUGS } from "@ocop/core"
import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { Locale } from "@/i18n/routing"
import { withdrawConsent } from "@/lib/actions/consents"

const when = (iso: string, locale: Locale) =>
  new Intl.DateTimeFormat(locale === "vi" ? "vi-VN" : "en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Asia/Ho_Chi_Minh",
  }).format(new Date(iso))

/** The customer's consents, withdrawn ones included, each active one withdrawn with one click. */
export async function ConsentList({ consents, locale }: { consents: ConsentView[]; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Consent" })
  const p = await getTranslations({ locale, namespace: "Policies" })
  return (
    <section className="space-y-2" id="consents">
      <h2 className="text-lg font-semibold">{t("mine")}</h2>
      {consents.length ? (
        <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white" data-testid="consents">
          {consents.map((c) => (
            <li
              key={c.id}
              className="flex flex-wrap items-center justify-between gap-2 p-3 text-sm"
              data-testid="consent"
            >
              <div className="min-w-0 space-y-1">
                <p className="font-semibold">{t(`purposes.${c.purpose}`)}</p>
                <p>
                  <Link
                    href={`/policies/${POLICY_SLUGS[c.policy_kind]}/${encodeURIComponent(c.policy_version)}`}
                    className="underline"
                  >
                    {p(`kinds.${c.policy_kind}`)} — {p("versionShort", { version: c.policy_version })}
                  </Link>
                </p>
                <p className="text-stone-600">
                  {t("given", { when: when(c.given_at, locale), channel: t(`channels.${c.channel}`) })}
                  {c.withdrawn_at && ` · ${t("withdrawnAt", { when: when(c.withdrawn_at, locale) })}`}
                </p>
              </div>
              {!c.withdrawn_at && (
                <form action={withdrawConsent}>
                  <input type="hidden" name="locale" value={locale} />
                  <input type="hidden" name="consent_id" value={c.id} />
                  <button className="min-h-11 px-2 font-semibold text-red-700 underline" data-testid="withdraw">
                    {t("withdraw")}
                  </button>
                </form>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("none")}</p>
      )}
    </section>
  )
}
