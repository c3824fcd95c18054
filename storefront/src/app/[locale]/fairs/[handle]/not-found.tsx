"use client"

import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"

/**
 * An unknown fair: say so, and lead back to the list of events. A client component: a server one
 * at this segment would read the locale from the request headers and make every fair page dynamic.
 */
export default function FairNotFound() {
  const t = useTranslations("Fairs")
  return (
    <section className="py-16 text-center">
      <h1 className="mb-2 text-2xl font-bold">{t("notFoundTitle")}</h1>
      <p className="mb-6 text-stone-600">{t("notFoundBody")}</p>
      <Link href="/fairs" className="font-semibold text-ocop-red underline">
        {t("back")}
      </Link>
    </section>
  )
}
