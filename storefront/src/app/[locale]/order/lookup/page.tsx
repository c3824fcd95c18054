import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import type { Locale } from "@/i18n/routing"
import { OrderLookupForm } from "@/modules/order/components/order-lookup-form"

type Props = {
  params: Promise<{ locale: Locale }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: (await getTranslations({ locale, namespace: "Order" }))("lookupTitle"), robots: { index: false } }
}

/**
 * "Find my order": how a guest comes back to an order once the confirmation link has expired. The
 * shop's e-mails link here with the order's number (`?number=12`), so only the contact is left to type.
 */
export default async function OrderLookupPage({ params, searchParams }: Props) {
  const { locale } = await params
  const { number } = await searchParams
  setRequestLocale(locale)
  const t = await getTranslations("Order")
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold">{t("lookupTitle")}</h1>
      <p className="max-w-prose">{t("lookupIntro")}</p>
      <OrderLookupForm number={typeof number === "string" && /^\d{1,10}$/.test(number) ? number : undefined} />
    </section>
  )
}
