import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import type { Locale } from "@/i18n/routing"
import { urlValues } from "@/lib/url-values"
import { ResetPasswordForm } from "@/modules/account/components/password-reset-forms"

export const dynamic = "force-dynamic"

type Props = {
  params: Promise<{ locale: Locale }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  // The address holds a reset token: no search engine, and no referrer to other sites.
  return {
    title: (await getTranslations({ locale, namespace: "PasswordReset" }))("newTitle"),
    robots: { index: false },
    referrer: "no-referrer",
  }
}

/** Where the e-mail's link leads: a new password for the account the token names. */
export default async function ResetPasswordPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const t = await getTranslations("PasswordReset")
  const query = await searchParams
  const token = urlValues(query.token)[0] ?? ""
  const email = urlValues(query.email)[0]
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold">{t("newTitle")}</h1>
      {email && <p className="break-all">{t("forAccount", { email })}</p>}
      <ResetPasswordForm token={token.slice(0, 2000)} />
    </section>
  )
}
