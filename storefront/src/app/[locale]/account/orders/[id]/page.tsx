import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { notFound, redirect } from "next/navigation"
import type { Locale } from "@/i18n/routing"
import { Link } from "@/i18n/navigation"
import { retrieveCustomer } from "@/lib/data/customer"
import { retrieveOrder, retrieveShipments } from "@/lib/data/orders"
import { retrieveReturns } from "@/lib/data/returns"
import { urlValues } from "@/lib/url-values"
import { signInPath } from "@/lib/next-path"
import { OrderDetails } from "@/modules/order/components/order-details"
import { OrderReturns } from "@/modules/order/components/returns"
import { Shipments } from "@/modules/order/components/shipments"
import { readReturnOutcome } from "@/modules/order/return-outcome"

export const dynamic = "force-dynamic"

type Props = {
  params: Promise<{ locale: Locale; id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: (await getTranslations({ locale, namespace: "Account" }))("orders"), robots: { index: false } }
}

export default async function AccountOrderPage({ params, searchParams }: Props) {
  const { locale, id } = await params
  setRequestLocale(locale)
  const customer = await retrieveCustomer()
  if (!customer) redirect(signInPath(locale, `/${locale}/account/orders/${encodeURIComponent(id)}`))
  const [order, shipments, returns] = await Promise.all([retrieveOrder(id), retrieveShipments(id), retrieveReturns(id)])
  // Another customer's order is "not found", not "forbidden": its existence is not revealed.
  if (!order || order.customer_id !== customer.id) notFound()
  const t = await getTranslations("Order")
  return (
    <section className="space-y-6">
      <Link href="/account" className="text-sm underline">
        ← {t("back")}
      </Link>
      <h1 className="text-2xl font-bold">{t("number", { number: order.display_id ?? "" })}</h1>
      <OrderDetails order={order} />
      <Shipments shipments={shipments} />
      <OrderReturns
        orderId={order.id}
        data={returns}
        outcome={readReturnOutcome(urlValues((await searchParams).returns)[0])}
      />
    </section>
  )
}
