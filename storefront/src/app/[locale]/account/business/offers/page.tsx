import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import type { Locale } from "@/i18n/routing"
import { listOffers, requireBusiness } from "@/lib/data/business"
import { productChoices } from "@/lib/data/trade-products"
import { OfferForm } from "@/modules/trade/components/offer-form"
import { OfferList } from "@/modules/trade/components/offer-list"

export const dynamic = "force-dynamic"

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: (await getTranslations({ locale, namespace: "Offers" }))("title"), robots: { index: false } }
}

/** A producer's offers and a form for a new one, choosing among its own listed products. */
export default async function OffersPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const business = await requireBusiness(locale, `/${locale}/account/business/offers`)
  const t = await getTranslations("Offers")
  if (!business.subject_id) return <p>{t("producersOnly")}</p>
  const [offers, choices] = await Promise.all([
    listOffers(),
    productChoices(locale, { subjectId: business.subject_id }),
  ])
  const titles = new Map(choices.products.map((p) => [p.id, p.title]))
  return (
    <div className="grid gap-8 lg:grid-cols-2">
      <section aria-labelledby="offers" className="space-y-3">
        <h2 id="offers" className="text-xl font-semibold">
          {t("title")}
        </h2>
        <OfferList offers={offers} titles={titles} />
      </section>
      <OfferForm
        products={choices.products}
        own={choices.own}
        locked={business.status === "verified" ? undefined : business.status}
      />
    </div>
  )
}
