"use client"

import { formatVnd } from "@ocop/core"
import { useLocale, useTranslations } from "next-intl"
import { useActionState, useEffect, useState } from "react"
import { Link } from "@/i18n/navigation"
import { addToCart, type AddToCartState } from "@/lib/actions/cart"
import { CART_CHANGED } from "@/modules/layout/components/cart-link"
import { QuantityStepper } from "./quantity-stepper"

export type BuyableVariant = { id: string; title: string; amount: number | null }

/**
 * The product page's buy bar: variant, quantity (− / +) and "add to cart". On a phone it sticks to
 * the bottom of the screen while the product is in view, so buying never needs a scroll; from `md`
 * up it sits in the page. A server action, so it also works without JavaScript.
 */
export function AddToCart({ productTitle, variants }: { productTitle: string; variants: BuyableVariant[] }) {
  const t = useTranslations("Product")
  const locale = useLocale()
  const [state, action, pending] = useActionState<AddToCartState, FormData>(addToCart, { status: "idle" })
  const [variantId, setVariantId] = useState(variants[0]?.id ?? "")
  const chosen = variants.find((v) => v.id === variantId) ?? variants[0]
  useEffect(() => {
    if (state.status === "added") window.dispatchEvent(new CustomEvent(CART_CHANGED, { detail: state.count }))
  }, [state])
  if (!chosen) return null
  const price = (v: BuyableVariant) => (v.amount === null ? t("contactForPrice") : formatVnd(v.amount))
  return (
    <form
      action={action}
      className="-mx-4 space-y-2 border-t border-stone-200 bg-white/95 px-4 py-3 shadow-[0_-2px_8px_rgba(0,0,0,0.08)] md:mx-0 md:rounded-lg md:border md:shadow-none"
      data-testid="add-to-cart"
      aria-label={t("buy", { title: productTitle })}
    >
      <input type="hidden" name="locale" value={locale} />
      {variants.length > 1 ? (
        <div>
          <label htmlFor="buy-variant" className="sr-only">
            {t("variant")}
          </label>
          <select
            id="buy-variant"
            name="variant_id"
            value={chosen.id}
            onChange={(e) => setVariantId(e.target.value)}
            className="h-11 w-full rounded border border-stone-300 bg-white px-2"
          >
            {variants.map((v) => (
              <option key={v.id} value={v.id}>
                {v.title} — {price(v)}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <p className="flex justify-between text-sm">
          <input type="hidden" name="variant_id" value={chosen.id} />
          <span>{chosen.title}</span>
          <span className="font-bold text-ocop-red">{price(chosen)}</span>
        </p>
      )}
      <div className="flex items-center gap-2">
        <QuantityStepper id="buy-quantity" label={`${t("quantity")} – ${productTitle} ${chosen.title}`.trim()} />
        <button
          type="submit"
          disabled={pending}
          className="h-11 flex-1 rounded bg-ocop-red px-3 font-semibold text-white disabled:opacity-60"
        >
          {t("addToCart")}
        </button>
      </div>
      <p role="status" className="text-sm">
        {state.status === "added" && (
          <>
            {t("added")}{" "}
            <Link href="/cart" className="font-semibold underline">
              {t("viewCart")}
            </Link>
          </>
        )}
        {state.status === "error" && (
          <span className="text-red-700">{state.message === "quantity" ? t("badQuantity") : t("notForSale")}</span>
        )}
      </p>
    </form>
  )
}
