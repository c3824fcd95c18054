import type { Metadata } from "next"
import { formatVietnamesePhone } from "@ocop/core"
import { getTranslations, setRequestLocale } from "next-intl/server"
import type { Locale } from "@/i18n/routing"
import { redirect } from "next/navigation"
import { Link } from "@/i18n/navigation"
import { deleteAddress, logout } from "@/lib/actions/account"
import { retrieveCustomer } from "@/lib/data/customer"
import { listOrders } from "@/lib/data/orders"
import { myConsents } from "@/lib/data/consents"
import { ConsentList } from "@/modules/account/components/consent-list"
import { consentVersions } from "@/lib/data/policies"
import { getWorkspace } from "@/lib/data/producer"
import { safeNextPath } from "@/lib/next-path"
import { AddressForm } from "@/modules/account/components/address-form"
import { AuthForms } from "@/modules/account/components/auth-forms"
import { Price } from "@/modules/products/components/price"

export const dynamic = "force-dynamic"

type Props = {
  params: Promise<{ locale: Locale }>
  searchParams: Promise<{ reset?: string | string[]; next?: string | string[]; erased?: string | string[] }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: (await getTranslations({ locale, namespace: "Account" }))("title"), robots: { index: false } }
}

export default async function AccountPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const t = await getTranslations("Account")
  const o = await getTranslations("Order")
  const pd = await getTranslations("PersonalData")
  const customer = await retrieveCustomer()
  const query = await searchParams
  // A page that needs a signed-in visitor sent them here with its own path; it is where they go back.
  const next = safeNextPath(query.next)
  if (customer && next) redirect(next)
  if (!customer) {
    return (
      <section className="space-y-6">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        {query.reset === "done" && (
          <p role="status" className="rounded border border-green-700 bg-green-50 p-3" data-testid="reset-done">
            {(await getTranslations("PasswordReset"))("done")}
          </p>
        )}
        {query.erased === "1" && (
          <p role="status" className="rounded border border-green-700 bg-green-50 p-3" data-testid="account-erased">
            {pd("erased")}
          </p>
        )}
        {next && (
          <p
            role="status"
            className="rounded border border-amber-300 bg-amber-50 p-3"
            data-testid="sign-in-to-continue"
          >
            {t("signInToContinue")}
          </p>
        )}
        <AuthForms next={next ?? undefined} versions={await consentVersions()} />
      </section>
    )
  }
  const [orders, producer, consents] = await Promise.all([
    listOrders(),
    getWorkspace().catch(() => ({ kind: "none" as const })),
    myConsents(),
  ])
  const w = await getTranslations("ProducerWorkspace")
  return (
    <section className="space-y-8" data-testid="account">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-bold">{t("hello", { name: customer.first_name || customer.email })}</h1>
        <form action={logout}>
          <input type="hidden" name="locale" value={locale} />
          <button className="text-sm font-semibold underline">{t("logout")}</button>
        </form>
      </div>
      <p className="rounded-lg border border-stone-200 bg-white p-3">
        <Link href="/account/reviews" className="font-semibold underline" data-testid="reviews-link">
          {(await getTranslations("Reviews"))("accountLink")}
        </Link>
        <span className="block text-sm text-stone-600">{(await getTranslations("Reviews"))("accountHint")}</span>
      </p>
      <p className="rounded-lg border border-stone-200 bg-white p-3">
        <Link href="/account/business" className="font-semibold underline" data-testid="business-link">
          {t("business")}
        </Link>
        <span className="block text-sm text-stone-600">{t("businessHint")}</span>
      </p>
      <p className="rounded-lg border border-stone-200 bg-white p-3">
        <Link href="/account/privacy" className="font-semibold underline" data-testid="privacy-link">
          {pd("link")}
        </Link>
        <span className="block text-sm text-stone-600">{pd("linkHint")}</span>
      </p>
      {producer.kind !== "none" && (
        <p className="rounded-lg border border-stone-200 bg-white p-3">
          <Link href="/account/producer" className="font-semibold underline" data-testid="producer-link">
            {w("accountLink")}
          </Link>
          <span className="block text-sm text-stone-600">{w("accountHint")}</span>
        </p>
      )}
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">{t("orders")}</h2>
        {orders.length ? (
          <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white" data-testid="orders">
            {orders.map((order) => (
              <li key={order.id} className="flex items-center justify-between gap-4 p-3">
                <Link href={`/account/orders/${order.id}`} className="font-semibold underline">
                  {o("number", { number: order.display_id ?? "" })}
                </Link>
                <span className="text-sm">{(order.items ?? []).map((i) => i.product_title).join(", ")}</span>
                <Price amount={Number(order.total)} />
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("noOrders")}</p>
        )}
      </section>
      <ConsentList consents={consents?.consents ?? []} locale={locale} />
      <section className="grid gap-6 md:grid-cols-2">
        <div className="space-y-2">
          <h2 className="text-lg font-semibold">{t("addresses")}</h2>
          {customer.addresses?.length ? (
            <ul className="space-y-2" data-testid="addresses">
              {customer.addresses.map((a) => (
                <li key={a.id} className="rounded border border-stone-200 bg-white p-3 text-sm">
                  <p className="font-semibold">{a.first_name}</p>
                  <p>{[a.address_1, a.city, a.province].filter(Boolean).join(", ")}</p>
                  {a.phone && <p>{formatVietnamesePhone(a.phone)}</p>}
                  <form action={deleteAddress}>
                    <input type="hidden" name="locale" value={locale} />
                    <input type="hidden" name="address_id" value={a.id} />
                    <button className="text-red-700 underline">{t("delete")}</button>
                  </form>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t("noAddresses")}</p>
          )}
        </div>
        <AddressForm />
      </section>
    </section>
  )
}
