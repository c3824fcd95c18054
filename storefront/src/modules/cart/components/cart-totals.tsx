import { useTranslations } from "next-intl"
import { Price } from "@/modules/products/components/price"

type Totals = { item_total?: unknown; shipping_total?: unknown; total?: unknown; shipping_methods?: unknown[] | null }

/** Subtotal, delivery and total of a cart or an order (VND, tax included). */
export function CartTotals({ cart }: { cart: Totals }) {
  const t = useTranslations("Cart")
  const hasShipping = !!cart.shipping_methods?.length
  return (
    <dl className="space-y-1 rounded-lg border border-stone-200 bg-white p-4 text-sm" data-testid="totals">
      <div className="flex justify-between">
        <dt>{t("subtotal")}</dt>
        <dd data-testid="subtotal">
          <Price amount={Number(cart.item_total ?? 0)} />
        </dd>
      </div>
      <div className="flex justify-between">
        <dt>{t("shipping")}</dt>
        <dd data-testid="shipping">
          {hasShipping ? <Price amount={Number(cart.shipping_total ?? 0)} /> : t("shippingLater")}
        </dd>
      </div>
      <div className="flex justify-between border-t border-stone-200 pt-2 text-base font-bold">
        <dt>{t("total")}</dt>
        <dd data-testid="total">
          <Price amount={Number(cart.total ?? 0)} />
        </dd>
      </div>
    </dl>
  )
}
