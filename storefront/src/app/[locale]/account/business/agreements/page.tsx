import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { Locale } from "@/i18n/routing"
import { listAgreements, requireBusiness } from "@/lib/data/business"
import { AgreementList } from "@/modules/trade/components/agreement-list"

export const dynamic = "force-dynamic"

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: (await getTranslations({ locale, namespace: "Agreements" }))("title"), robots: { index: false } }
}

/** The MoUs and contracts the business is a party to. */
export default async function AgreementsPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const business = await requireBusiness(locale, `/${locale}/account/business/agreements`)
  const [t, agreements] = await Promise.all([getTranslations("Agreements"), listAgreements()])
  return (
    <section aria-labelledby="agreements" className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h2 id="agreements" className="text-xl font-semibold">
          {t("title")}
        </h2>
        <Link href="/account/business/agreements/new" className="text-sm font-semibold underline">
          {t("new")}
        </Link>
      </div>
      <AgreementList agreements={agreements} me={business.id} />
    </section>
  )
}
