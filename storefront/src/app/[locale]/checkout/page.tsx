import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { redirect } from "next/navigation"
import type { Locale } from "@/i18n/routing"
import {
  isPickup,
  listPaymentProviders,
  listShippingOptions,
  readCartListing,
  retrieveCart,
  withDelivery,
} from "@/lib/data/cart"
import { retrieveCustomer } from "@/lib/data/customer"
import { myConsents } from "@/lib/data/consents"
import { listCommunes } from "@/lib/data/places"
import { consentVersions } from "@/lib/data/policies"
import { CartTotals } from "@/modules/cart/components/cart-totals"
import { CheckoutForm } from "@/modules/checkout/components/checkout-form"
import { STOREFRONT_PAYMENTS } from "@/modules/checkout/form"
import { Price } from "@/modules/products/components/price"

export const dynamic = "force-dynamic"

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: (await getTranslations({ locale, namespace: "Checkout" }))("title"), robots: { index: false } }
}

export default async function CheckoutPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const opened = await retrieveCart()
  if (!opened?.items?.length) redirect(`/${locale}/cart`)
  const t = await getTranslations("Checkout")
  const [options, providers, communes, customer, listing, consents, versions] = await Promise.all([
    listShippingOptions(opened.id),
    listPaymentProviders(),
    listCommunes(),
    retrieveCustomer(),
    readCartListing(opened.id),
    myConsents(),
    consentVersions(),
  ])
  // Checkout is offered only for what may still be sold: the cart page says which line is not.
  if (listing.some((line) => !line.on_sale)) redirect(`/${locale}/cart`)
  // The summary shows Medusa's totals with the chosen delivery, so it is what the order will charge.
  const cart = await withDelivery(opened, options)
  const address = customer?.addresses?.find((a) => a.is_default_shipping) ?? customer?.addresses?.[0]
  return (
    <section className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <div className="grid gap-8 md:grid-cols-[2fr_1fr]">
        <CheckoutForm
          locale={locale}
          chosen={cart.shipping_methods?.[0]?.shipping_option_id ?? ""}
          total={Number(cart.total ?? 0)}
          deliveries={options.map((o) => ({
            id: o.id,
            name: o.name,
            pickup: isPickup(o),
            amount: Number(o.calculated_price?.calculated_amount ?? o.amount ?? 0),
          }))}
          consent={consents?.processing_current ? null : versions}
          payments={providers.filter((p) => STOREFRONT_PAYMENTS.includes(p))}
          communes={communes}
          defaults={{
            email: customer?.email ?? cart.email ?? "",
            name: address?.first_name ?? customer?.first_name ?? "",
            phone: address?.phone ?? customer?.phone ?? "",
            province: (address?.metadata?.province_key as string | undefined) ?? "quang-tri",
            commune: address?.city ?? "",
            street: address?.address_1 ?? "",
          }}
        />
        <aside className="space-y-4">
          <h2 className="text-lg font-semibold">{t("summary")}</h2>
          <ul className="space-y-2 text-sm" data-testid="checkout-items">
            {(cart.items ?? []).map((item) => (
              <li key={item.id} className="flex justify-between gap-2">
                <span>
                  {item.product_title} × {item.quantity}
                </span>
                <Price amount={Number(item.total)} />
              </li>
            ))}
          </ul>
          <CartTotals cart={cart} />
        </aside>
      </div>
    </section>
  )
}
