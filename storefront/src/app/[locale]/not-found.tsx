import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"

export default async function NotFound() {
  const t = await getTranslations("NotFound")
  return (
    <section className="py-16 text-center">
      <h1 className="mb-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mb-6 text-stone-600">{t("body")}</p>
      <Link href="/" className="font-semibold text-ocop-red underline">
        {t("home")}
      </Link>
    </section>
  )
}
