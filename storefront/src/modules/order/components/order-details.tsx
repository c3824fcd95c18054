import { formatVietnamesePhone, formatVietnamTime } from "@ocop/core"
import { getLocale, getTranslations } from "next-intl/server"
import { type Order, paymentProviderOf, pendingVietQr } from "@/lib/data/orders"
import { CartTotals } from "@/modules/cart/components/cart-totals"
import { Price } from "@/modules/products/components/price"
import { VietQrPanel } from "./vietqr-panel"

/** An order as its buyer sees it, on the confirmation page and in the account. */
export async function OrderDetails({ order }: { order: Order }) {
  const t = await getTranslations("Order")
  const c = await getTranslations("Checkout")
  const locale = await getLocale()
  const transfer = pendingVietQr(order)
  const provider = paymentProviderOf(order)
  const address = order.shipping_address
  const method = order.shipping_methods?.[0]
  const pickup = !address?.city // pickup orders carry no delivery address (lib/actions/checkout.ts)
  const paid = order.payment_status === "captured"
  return (
    <div className="space-y-6">
      {transfer && <VietQrPanel transfer={transfer} />}
      <div className="grid gap-6 md:grid-cols-2">
        <section className="space-y-2">
          <h2 className="text-lg font-semibold">{t("items")}</h2>
          <ul className="space-y-1 text-sm" data-testid="order-items">
            {(order.items ?? []).map((item) => (
              <li key={item.id} className="flex justify-between gap-2">
                <span>
                  {item.product_title} {item.variant_title ? `(${item.variant_title})` : ""} × {item.quantity}
                </span>
                <Price amount={Number(item.total)} />
              </li>
            ))}
          </ul>
          <CartTotals cart={order} />
        </section>
        <section className="space-y-3 text-sm">
          <p>
            {t("placedOn")}: {formatVietnamTime(String(order.created_at), locale, "day")}
          </p>
          <div data-testid="order-delivery">
            <h2 className="font-semibold">{pickup ? t("pickupAt") : t("deliverTo")}</h2>
            {pickup ? (
              <p>{method?.name}</p>
            ) : (
              <p>
                {address?.first_name}
                <br />
                {[address?.address_1, address?.city, address?.province].filter(Boolean).join(", ")}
              </p>
            )}
            {address?.phone && <p>{formatVietnamesePhone(address.phone)}</p>}
          </div>
          <div data-testid="order-payment">
            <h2 className="font-semibold">{t("payment")}</h2>
            <p>{provider ? c(provider as "pp_system_default") : "—"}</p>
            <p>
              {t("status")}: {paid ? t("paid") : t("awaiting")}
            </p>
            {provider === "pp_system_default" && <p>{t("codNote")}</p>}
          </div>
        </section>
      </div>
    </div>
  )
}
