import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import type { Locale } from "@/i18n/routing"
import { retrieveOrder } from "@/lib/data/orders"
import { OrderDetails } from "@/modules/order/components/order-details"

export const dynamic = "force-dynamic"

type Props = { params: Promise<{ locale: Locale; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: (await getTranslations({ locale, namespace: "Order" }))("confirmed"), robots: { index: false } }
}

/** The end of checkout. Reached by the order's unguessable id; nothing here is cached. */
export default async function OrderConfirmedPage({ params }: Props) {
  const { locale, id } = await params
  setRequestLocale(locale)
  const order = await retrieveOrder(id)
  if (!order) notFound()
  const t = await getTranslations("Order")
  return (
    <section className="space-y-6" data-testid="order-confirmed">
      <h1 className="text-2xl font-bold">{t("confirmed")}</h1>
      <p data-testid="order-number">{t("thanks", { number: order.display_id ?? "", email: order.email ?? "" })}</p>
      <OrderDetails order={order} />
    </section>
  )
}
