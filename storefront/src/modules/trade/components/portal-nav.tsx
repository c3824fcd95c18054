"use client"

import { useTranslations } from "next-intl"
import { Link, usePathname } from "@/i18n/navigation"

const SECTIONS = [
  ["/account/business", "profile"],
  ["/account/business/needs", "needs"],
  ["/account/business/offers", "offers"],
  ["/account/business/matches", "matches"],
  ["/account/business/meetings", "meetings"],
  ["/account/business/agreements", "agreements"],
] as const

/** The portal's sections; offers only for a producer's account, the one kind that may post them. */
export function PortalNav({ producer }: { producer: boolean }) {
  const t = useTranslations("Portal")
  const pathname = usePathname()
  const current = (href: string) =>
    href === "/account/business" ? pathname === href : pathname === href || pathname.startsWith(`${href}/`)
  return (
    <nav aria-label={t("nav")} className="border-b border-stone-200">
      <ul className="flex flex-wrap gap-x-5 gap-y-2 pb-2 text-sm font-semibold">
        {SECTIONS.filter(([, key]) => producer || key !== "offers").map(([href, key]) => (
          <li key={key}>
            <Link
              href={href}
              aria-current={current(href) ? "page" : undefined}
              className="underline-offset-4 hover:underline aria-[current=page]:text-ocop-red aria-[current=page]:underline"
            >
              {t(key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
