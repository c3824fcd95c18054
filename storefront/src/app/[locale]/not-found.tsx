import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"

export default async function NotFound() {
  const t = await getTranslations("NotFound")
  return (
    <section className="py-16 text-center">
      <h1 className="mb-2 text-2xl font-bold">{t("title")}</h1>
      {/* Neutral: a product withdrawn from sale ends here too. Scanned codes have their own page. */}
      <p className="mx-auto mb-6 max-w-prose text-stone-600">{t("body")}</p>
      <p className="flex flex-wrap justify-center gap-x-6 gap-y-2">
        <Link href="/products" className="font-semibold text-ocop-red underline">
          {t("catalogue")}
        </Link>
        <Link href="/" className="font-semibold text-ocop-red underline">
          {t("home")}
        </Link>
      </p>
    </section>
  )
}
