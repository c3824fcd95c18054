import { getTranslations, setRequestLocale } from "next-intl/server"
import type { ReactNode } from "react"
import { ClientMessages } from "@/i18n/client-messages"
import { Link } from "@/i18n/navigation"
import { getMyBusiness } from "@/lib/data/business"
import { PortalNav } from "@/modules/trade/components/portal-nav"

// Layouts are typed with the raw segment (a string); the locale layout has already checked it.
type Props = { children: ReactNode; params: Promise<{ locale: string }> }

/**
 * The business portal's frame. Each page checks the session itself (a layout is not re-run on
 * every navigation); here a signed-out visitor simply gets no navigation while the page redirects.
 */
export default async function BusinessLayout({ children, params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const [t, business] = await Promise.all([getTranslations("Portal"), getMyBusiness().catch(() => null)])
  return (
    <ClientMessages locale={locale} part="business">
      <section className="space-y-6">
        <header className="space-y-1">
          <Link href="/account" className="text-sm underline">
            ← {t("account")}
          </Link>
          <h1 className="text-2xl font-bold">{t("title")}</h1>
          {business && <p className="text-stone-700">{business.company_name}</p>}
        </header>
        {business && <PortalNav producer={Boolean(business.subject_id)} />}
        {business && business.status !== "verified" && (
          <p className="rounded border border-amber-300 bg-amber-50 p-3 text-sm">{t("notVerified")}</p>
        )}
        {children}
      </section>
    </ClientMessages>
  )
}
