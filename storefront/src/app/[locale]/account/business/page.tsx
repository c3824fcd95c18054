import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import type { Locale } from "@/i18n/routing"
import { openPortal } from "@/lib/data/business"
import { listCommunes } from "@/lib/data/places"
import { consentVersions } from "@/lib/data/policies"
import { BusinessForm } from "@/modules/trade/components/business-form"
import { BusinessStatus } from "@/modules/trade/components/business-status"

export const dynamic = "force-dynamic"

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: (await getTranslations({ locale, namespace: "Portal" }))("title"), robots: { index: false } }
}

/** The business profile: a registration form before there is one, then its status and an update form. */
export default async function BusinessProfilePage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const [{ business }, t, communes] = await Promise.all([
    openPortal(locale, `/${locale}/account/business`),
    getTranslations("BusinessProfile"),
    listCommunes().catch(() => []),
  ])
  if (!business) {
    return (
      <section className="space-y-3" aria-labelledby="register">
        <h2 id="register" className="text-xl font-semibold">
          {t("register")}
        </h2>
        <p className="max-w-prose text-stone-700">{t("registerIntro")}</p>
        <BusinessForm communes={communes} rules={await consentVersions()} />
      </section>
    )
  }
  return (
    <div className="space-y-6">
      <BusinessStatus business={business} />
      <details className="space-y-3">
        <summary className="cursor-pointer font-semibold">{t("update")}</summary>
        <p className="text-sm text-stone-700">{t("updateNote")}</p>
        <BusinessForm business={business} communes={communes} />
      </details>
    </div>
  )
}
