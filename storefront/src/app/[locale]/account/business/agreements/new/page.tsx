import { vietnamDate } from "@ocop/core"
import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import type { Locale } from "@/i18n/routing"
import { counterpartChoices, requireBusiness } from "@/lib/data/business"
import { productChoices } from "@/lib/data/trade-products"
import { AgreementForm } from "@/modules/trade/components/agreement-form"
import { param, type SearchParams } from "@/modules/trade/query"

export const dynamic = "force-dynamic"

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<SearchParams> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: (await getTranslations({ locale, namespace: "Agreements" }))("form"), robots: { index: false } }
}

/** A year from `day`, the usual term of a supply agreement signed at a fair. */
const yearAfter = (day: string) => `${Number(day.slice(0, 4)) + 1}${day.slice(4)}`.replace(/-02-29$/, "-02-28")

/** Drafting an agreement, prefilled from an accepted meeting (counterpart, meeting, event) or a match. */
export default async function NewAgreementPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const sp = await searchParams
  const query = new URLSearchParams(
    ["counterpart", "meeting", "event", "product"].flatMap((k) => (param(sp, k) ? [[k, param(sp, k)!]] : [])),
  )
  const business = await requireBusiness(locale, `/${locale}/account/business/agreements/new?${query}`)
  const counterpart = param(sp, "counterpart")
  // The lines name the seller's products: this account's own when it is a producer's.
  const seller = business.subject_id ? { subjectId: business.subject_id } : { businessId: counterpart }
  const t = await getTranslations("Agreements")
  const [choices, counterparts] = await Promise.all([
    productChoices(locale, seller),
    counterpartChoices(business, t("unknownName")),
  ])
  // A counterpart named by the link but not (yet) met or matched is still the one meant.
  if (counterpart && !counterparts.some((c) => c.id === counterpart))
    counterparts.unshift({ id: counterpart, name: t("unknownName") })
  const today = vietnamDate()
  return (
    <section aria-labelledby="agreement-new" className="space-y-4">
      <h2 id="agreement-new" className="text-xl font-semibold">
        {t("form")}
      </h2>
      <AgreementForm
        defaults={{
          counterpart,
          meeting: param(sp, "meeting"),
          event: param(sp, "event"),
          product: param(sp, "product"),
          today,
          end: yearAfter(today),
        }}
        counterparts={counterparts}
        products={choices.products}
        own={choices.own}
        locked={business.status === "verified" ? undefined : business.status}
      />
    </section>
  )
}
