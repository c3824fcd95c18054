import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import type { Locale } from "@/i18n/routing"
import { ForgotPasswordForm } from "@/modules/account/components/password-reset-forms"

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: (await getTranslations({ locale, namespace: "PasswordReset" }))("title"), robots: { index: false } }
}

/** "Forgot password": a link to set a new one, by e-mail. */
export default async function ForgotPasswordPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const t = await getTranslations("PasswordReset")
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="max-w-prose">{t("intro")}</p>
      <ForgotPasswordForm />
    </section>
  )
}
