"use client"

import { useLocale, useTranslations } from "next-intl"
import { useSearchParams } from "next/navigation"
import { Suspense } from "react"
import { Link, usePathname } from "@/i18n/navigation"

/**
 * Links to the same page in the other language (the pathname is the same in both), with the query
 * string: a scan page's `?s=` token (and `?unregistered=`) must survive the switch, or the other
 * language would warn of an unsigned code. A page rendered per request (the scan pages) reads the
 * query on the server, so the link keeps it with JavaScript off; a prerendered page has no query to
 * read, so it is prerendered with the boundary's bare link and the query joins once the page runs.
 */
export function LocaleSwitch() {
  return (
    <Suspense fallback={<SwitchLink search="" />}>
      <SwitchWithQuery />
    </Suspense>
  )
}

function SwitchWithQuery() {
  const query = useSearchParams().toString()
  return <SwitchLink search={query ? `?${query}` : ""} />
}

function SwitchLink({ search }: { search: string }) {
  const t = useTranslations("Layout")
  const locale = useLocale()
  const pathname = usePathname()
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
