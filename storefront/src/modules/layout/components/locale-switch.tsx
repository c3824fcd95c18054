"use client"

import { useLocale, useTranslations } from "next-intl"
import { Link, usePathname } from "@/i18n/navigation"

/** Links to the same page in the other language (the pathname is the same in both). */
export function LocaleSwitch() {
  const t = useTranslations("Layout")
  const locale = useLocale()
  const pathname = usePathname()
  const other = locale === "vi" ? "en" : "vi"
  return (
    <Link
      href={pathname}
      locale={other}
      hrefLang={other}
      lang={other}
      title={t("switchLocaleLabel")}
      className="rounded border border-stone-300 px-2 py-1 text-sm font-semibold text-stone-700 hover:bg-stone-100"
      data-testid="locale-switch"
    >
      {t("switchLocale")}
    </Link>
  )
}
