import "../globals.css"
import type { Metadata } from "next"
import { hasLocale } from "next-intl"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import type { ReactNode } from "react"
import { Link } from "@/i18n/navigation"
import { ClientMessages } from "@/i18n/client-messages"
import { routing } from "@/i18n/routing"
import { CartLink } from "@/modules/layout/components/cart-link"
import { LocaleSwitch } from "@/modules/layout/components/locale-switch"
import { MainNav } from "@/modules/layout/components/main-nav"
import { SearchBox } from "@/modules/layout/components/search-box"
import { SiteFooter } from "@/modules/layout/components/site-footer"

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "Meta" })
  return {
    metadataBase: new URL(process.env.STOREFRONT_URL || "http://localhost:8000"),
    title: { default: t("title"), template: t("titleTemplate") },
    description: t("description"),
    // No canonical here: each page that search engines should index names its own (lib/seo.ts);
    // a layout-wide one would call every other page (cart, account…) a copy of the home page.
  }
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const t = await getTranslations("Layout")
  return (
    <html lang={locale}>
      <body className="min-h-screen font-sans">
        <ClientMessages locale={locale} part="shell">
          <header className="border-b border-stone-200 bg-white" data-testid="site-header">
            {/* On a phone: brand, account, cart and language on one line, the search box the
                whole width below; from `sm` up, one line. */}
            <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-3 gap-y-1 px-4 py-2 sm:flex-nowrap sm:gap-x-4 sm:py-4">
              <Link href="/" className="mr-auto text-lg font-bold text-ocop-red sm:mr-0 sm:text-xl">
                {t("brand")}
              </Link>
              <div className="order-last flex w-full sm:order-none sm:w-auto sm:flex-1" data-testid="header-search">
                <SearchBox />
              </div>
              <div className="flex items-center gap-3">
                <CartLink />
                <LocaleSwitch />
              </div>
            </div>
            <MainNav />
          </header>
          {/* Inside a landmark, like everything on the page: screen readers skip by landmarks. */}
          <main className="mx-auto max-w-6xl px-4 pt-3 pb-6">
            <p className="mb-6 text-sm text-stone-600">{t("tagline")}</p>
            {children}
          </main>
          <SiteFooter locale={locale} />
        </ClientMessages>
      </body>
    </html>
  )
}
