import { vietnamDate } from "@ocop/core"
import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import type { Locale } from "@/i18n/routing"
import { groupChoices, listNeeds, requireBusiness } from "@/lib/data/business"
import { NeedForm } from "@/modules/trade/components/need-form"
import { NeedList } from "@/modules/trade/components/need-list"

export const dynamic = "force-dynamic"

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: (await getTranslations({ locale, namespace: "Needs" }))("title"), robots: { index: false } }
}

/** A buyer's purchase needs, and a form for a new one (closed until the business is verified). */
export default async function NeedsPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const business = await requireBusiness(locale, `/${locale}/account/business/needs`)
  const [t, needs, groups] = await Promise.all([getTranslations("Needs"), listNeeds(), groupChoices(locale)])
  return (
    <div className="grid gap-8 lg:grid-cols-2">
      <section aria-labelledby="needs" className="space-y-3">
        <h2 id="needs" className="text-xl font-semibold">
          {t("title")}
        </h2>
        <NeedList needs={needs} groups={groups} />
      </section>
      <NeedForm
        today={vietnamDate()}
        groups={groups}
        locked={business.status === "verified" ? undefined : business.status}
      />
    </div>
  )
}
