import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import Image from "next/image"
import type { Locale } from "@/i18n/routing"
import { Link } from "@/i18n/navigation"
import { itemCount, offSaleLines, readCartListing, retrieveCart } from "@/lib/data/cart"
import { updateLine } from "@/lib/actions/cart"
import { CartTotals } from "@/modules/cart/components/cart-totals"
import { QuantityControls } from "@/modules/cart/components/quantity-controls"
import { CartCountSync } from "@/modules/layout/components/cart-link"
import { Price } from "@/modules/products/components/price"

export const dynamic = "force-dynamic"

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: (await getTranslations({ locale, namespace: "Cart" }))("title"), robots: { index: false } }
}

export default async function CartPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const t = await getTranslations("Cart")
  const cart = await retrieveCart()
  const items = cart?.items ?? []
  // The backend's cart gate says which lines may no longer be sold (a revoked or expired certificate).
  const offSale = offSaleLines(cart && items.length ? await readCartListing(cart.id) : [])
  return (
    <section className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <CartCountSync count={itemCount(cart)} />
      {!cart || !items.length ? (
        <p>
          {t("empty")}{" "}
          <Link href="/products" className="font-semibold underline">
            {t("continue")}
          </Link>
        </p>
      ) : (
        <div className="grid gap-8 md:grid-cols-[2fr_1fr]">
          <ul
            className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white"
            data-testid="cart-items"
          >
            {items.map((item) => (
              <li
                key={item.id}
                className="flex gap-4 p-4 data-[off-sale]:bg-red-50"
                data-testid="cart-item"
                data-off-sale={offSale.has(item.id) || undefined}
              >
                {item.thumbnail && (
                  <Image
                    src={item.thumbnail}
                    alt=""
                    width={80}
                    height={80}
                    className="h-20 w-20 rounded object-cover"
                  />
                )}
                <div className="flex-1 space-y-1">
                  <Link href={`/products/${item.product_handle}`} className="font-semibold underline">
                    {item.product_title ?? item.title}
                  </Link>
                  {item.variant_title && <p className="text-sm text-stone-600">{item.variant_title}</p>}
                  {offSale.has(item.id) && (
                    <p className="text-sm font-semibold text-red-800" data-testid="off-sale">
                      {t("offSale")}
                    </p>
                  )}
                  <p className="text-sm">
                    {t("unitPrice")}: <Price amount={Number(item.unit_price)} />
                  </p>
                  <QuantityControls
                    line={item}
                    less={t("less")}
                    more={t("more")}
                    label={t("quantity")}
                    update={t("update")}
                  />
                  <form action={updateLine}>
                    <input type="hidden" name="line_id" value={item.id} />
                    <input type="hidden" name="quantity" value="0" />
                    <button type="submit" className="text-sm text-red-700 underline">
                      {offSale.has(item.id) ? t("removeOffSale") : t("remove")}
                    </button>
                  </form>
                </div>
                <Price amount={Number(item.total)} className="font-bold" />
              </li>
            ))}
          </ul>
          <aside className="space-y-4">
            <CartTotals cart={cart} />
            {offSale.size ? (
              <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-sm text-red-800">
                {t("offSaleBlock")}
              </p>
            ) : (
              <Link
                href="/checkout"
                className="block rounded bg-ocop-red px-4 py-2 text-center font-semibold text-white"
                data-testid="checkout-link"
              >
                {t("checkout")}
              </Link>
            )}
          </aside>
        </div>
      )}
    </section>
  )
}
