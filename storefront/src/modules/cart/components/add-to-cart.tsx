"use client"

import { useLocale, useTranslations } from "next-intl"
import { useActionState, useEffect } from "react"
import { Link } from "@/i18n/navigation"
import { addToCart, type AddToCartState } from "@/lib/actions/cart"
import { CART_CHANGED } from "@/modules/layout/components/cart-link"

/** Quantity and "add to cart" for one variant; a server action, so it also works without JavaScript. */
export function AddToCart({ variantId, title }: { variantId: string; title: string }) {
  const t = useTranslations("Product")
  const locale = useLocale()
  const [state, action, pending] = useActionState<AddToCartState, FormData>(addToCart, { status: "idle" })
  const inputId = `qty-${variantId}`
  useEffect(() => {
    if (state.status === "added") window.dispatchEvent(new CustomEvent(CART_CHANGED, { detail: state.count }))
  }, [state])
  return (
    <form action={action} className="flex flex-wrap items-center gap-2" data-testid="add-to-cart">
      <input type="hidden" name="variant_id" value={variantId} />
      <input type="hidden" name="locale" value={locale} />
      <label htmlFor={inputId} className="sr-only">
        {t("quantity")} – {title}
      </label>
      <input
        id={inputId}
        name="quantity"
        type="number"
        min={1}
        max={99}
        defaultValue={1}
        className="w-16 rounded border border-stone-300 px-2 py-1"
      />
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-ocop-red px-3 py-1.5 font-semibold text-white disabled:opacity-60"
      >
        {t("addToCart")}
      </button>
      <p role="status" className="w-full text-sm">
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
