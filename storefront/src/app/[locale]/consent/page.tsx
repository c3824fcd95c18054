import type { Metadata } from "next"
import { CONSENT_POLICIES, POLICY_SLUGS } from "@ocop/core"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { redirect } from "next/navigation"
import { ClientMessages } from "@/i18n/client-messages"
import { Link } from "@/i18n/navigation"
import type { Locale } from "@/i18n/routing"
import { myConsents } from "@/lib/data/consents"
import { consentVersions } from "@/lib/data/policies"
import { safeNextPath } from "@/lib/next-path"
import { ConsentAnswerForm } from "@/modules/policies/components/consent-answer-form"

export const dynamic = "force-dynamic"

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ next?: string | string[] }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: (await getTranslations({ locale, namespace: "Consent" }))("title"), robots: { index: false } }
}

/**
 * Asked at sign-in when a policy the customer agreed to has a newer version in force: the account
 * waits until it is answered (the account layout sends every page here until then).
 */
export default async function ConsentPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const next = safeNextPath((await searchParams).next) ?? `/${locale}/account`
  const consents = await myConsents()
  if (!consents) redirect(`/${locale}/account`)
  if (!consents.reconsent.length) redirect(next)
  const [t, p, versions] = await Promise.all([
    getTranslations("Consent"),
    getTranslations("Policies"),
    consentVersions(),
  ])
  const kinds = [...new Set(consents.reconsent.flatMap((purpose) => CONSENT_POLICIES[purpose]))]
  return (
    <section className="max-w-prose space-y-4" data-testid="reconsent">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>{t("changed")}</p>
      <ul className="list-disc space-y-1 pl-6">
        {kinds.map((kind) => (
          <li key={kind}>
            <Link
              href={`/policies/${POLICY_SLUGS[kind]}/${encodeURIComponent(versions[kind] ?? "")}`}
              className="inline-flex min-h-11 items-center underline"
            >
              {p(`kinds.${kind}`)} — {p("versionShort", { version: versions[kind] ?? "" })}
            </Link>
          </li>
        ))}
      </ul>
      <ClientMessages locale={locale} part="consent">
        <ConsentAnswerForm reconsent={consents.reconsent} versions={versions} next={next} />
      </ClientMessages>
    </section>
  )
}
