import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import type { Locale } from "@/i18n/routing"
import { Link } from "@/i18n/navigation"
import { retrieveOrder, retrieveShipments } from "@/lib/data/orders"
import { urlValues } from "@/lib/url-values"
import { OrderDetails } from "@/modules/order/components/order-details"
import { OrderReturns } from "@/modules/order/components/returns"
import { Shipments } from "@/modules/order/components/shipments"
import { readReturnOutcome } from "@/modules/order/return-outcome"
import { retrieveReturns } from "@/lib/data/returns"

export const dynamic = "force-dynamic"

type Props = {
  params: Promise<{ locale: Locale; id: string }>
  searchParams: Promise<{ access?: string | string[]; returns?: string | string[] }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return {
    title: (await getTranslations({ locale, namespace: "Order" }))("confirmed"),
    robots: { index: false },
    // The address holds the order's token: no link followed from here may carry it away.
    referrer: "no-referrer",
  }
}

/**
 * The end of checkout. Shown to the customer who placed the order: signed in, or holding the token
 * the link carries (a day) or that "find my order" gives. Anyone else, or an expired link, is told
 * how to find the order; nothing of it is shown and nothing here is cached.
 */
export default async function OrderConfirmedPage({ params, searchParams }: Props) {
  const { locale, id } = await params
  setRequestLocale(locale)
  const query = await searchParams
  const [access] = urlValues(query.access)
  const [order, shipments, returns] = await Promise.all([
    retrieveOrder(id, access),
    retrieveShipments(id, access),
    retrieveReturns(id, access),
  ])
  const t = await getTranslations("Order")
  if (!order)
    return (
      <section className="space-y-4" data-testid="order-access-refused">
        <h1 className="text-2xl font-bold">{t("linkExpired")}</h1>
        <p>{t("linkExpiredBody")}</p>
        <Link href="/order/lookup" className="inline-block rounded bg-ocop-red px-4 py-2 font-semibold text-white">
          {t("findOrder")}
        </Link>
      </section>
    )
  return (
    <section className="space-y-6" data-testid="order-confirmed">
      <h1 className="text-2xl font-bold">{t("confirmed")}</h1>
      <p data-testid="order-number">{t("thanks", { number: order.display_id ?? "", email: order.email ?? "" })}</p>
      <OrderDetails order={order} />
      <Shipments shipments={shipments} />
      <OrderReturns
        orderId={order.id}
        data={returns}
        access={access}
        outcome={readReturnOutcome(urlValues(query.returns)[0])}
      />
    </section>
  )
}
