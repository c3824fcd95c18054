import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { redirect } from "next/navigation"
import type { Locale } from "@/i18n/routing"
import { Link } from "@/i18n/navigation"
import { retrieveCustomer } from "@/lib/data/customer"
import { EraseAccountForm } from "@/modules/account/components/erase-account-form"
import { ProfileForm } from "@/modules/account/components/profile-form"

export const dynamic = "force-dynamic"

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: (await getTranslations({ locale, namespace: "PersonalData" }))("title"), robots: { index: false } }
}

/**
 * The shopper's rights over its data (docs/compliance.md): correct it, download it as one file,
 * delete the account. Each works without JavaScript (forms post to server actions; the download is
 * a plain link to a route handler carrying the session).
 */
export default async function PrivacyPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const customer = await retrieveCustomer()
  if (!customer) redirect(`/${locale}/account?next=${encodeURIComponent(`/${locale}/account/privacy`)}`)
  const t = await getTranslations("PersonalData")
  const name = [customer.first_name, customer.last_name].filter(Boolean).join(" ")
  return (
    <section className="space-y-8" data-testid="personal-data">
      <p>
        <Link href="/account" className="underline">
          {t("back")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">{t("correct")}</h2>
        <p className="text-sm text-stone-600">{t("correctHint", { email: customer.email })}</p>
        <ProfileForm name={name} phone={customer.phone ?? null} />
      </section>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">{t("download")}</h2>
        <p className="text-sm text-stone-600">{t("downloadHint")}</p>
        <a
          href="/api/account/data"
          className="inline-block rounded border border-green-800 px-4 py-2 font-semibold text-green-800"
          data-testid="download-data"
        >
          {t("downloadButton")}
        </a>
      </section>
      <section className="space-y-2 rounded-lg border border-red-200 bg-red-50 p-4">
        <h2 className="text-lg font-semibold">{t("erase")}</h2>
        <p className="text-sm">{t("eraseHint")}</p>
        <EraseAccountForm />
      </section>
    </section>
  )
}
