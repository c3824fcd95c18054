"use client"

import { useEffect, useState } from "react"
import { useLocale, useTranslations } from "next-intl"
import { Link, usePathname } from "@/i18n/navigation"

/**
 * Links to the same page in the other language (the pathname is the same in both). The query string
 * is kept once the page runs: a scan page's `?s=` token must survive the switch, or the page would
 * warn of an unsigned code. Read from `location` after hydration rather than with useSearchParams,
 * which would turn every prerendered page into a client-rendered one.
 */
export function LocaleSwitch() {
  const t = useTranslations("Layout")
  const locale = useLocale()
  const pathname = usePathname()
  const [search, setSearch] = useState("")
  useEffect(() => setSearch(window.location.search), [pathname])
  const other = locale === "vi" ? "en" : "vi"
  return (
    <Link
      href={`${pathname}${search}`}
      locale={other}
      hrefLang={other}
      lang={other}
      title={t("switchLocaleLabel")}
      className="inline-flex min-h-10 items-center rounded border border-stone-300 px-2 text-sm font-semibold text-stone-700 hover:bg-stone-100"
      data-testid="locale-switch"
    >
      {t("switchLocale")}
    </Link>
  )
}
