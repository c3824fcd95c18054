import { vietnamDate } from "@ocop/core"
import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import type { Locale } from "@/i18n/routing"
import { listNeeds, requireBusiness } from "@/lib/data/business"
import { NeedForm } from "@/modules/trade/components/need-form"
import { NeedList } from "@/modules/trade/components/need-list"

export const dynamic = "force-dynamic"

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: (await getTranslations({ locale, namespace: "Needs" }))("title"), robots: { index: false } }
}

/** A buyer's purchase needs, and a form for a new one. */
export default async function NeedsPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  await requireBusiness(locale)
  const [t, needs] = await Promise.all([getTranslations("Needs"), listNeeds()])
  return (
    <div className="grid gap-8 lg:grid-cols-2">
      <section aria-labelledby="needs" className="space-y-3">
        <h2 id="needs" className="text-xl font-semibold">
          {t("title")}
        </h2>
        <NeedList needs={needs} />
      </section>
      <NeedForm today={vietnamDate()} />
    </div>
  )
}
