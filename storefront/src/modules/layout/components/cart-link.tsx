"use client"

import { useTranslations } from "next-intl"
import { useEffect, useState } from "react"
import { Link, usePathname } from "@/i18n/navigation"

/** Fired with `detail: count` by whatever changes the cart (add to cart, the cart page, checkout). */
export const CART_CHANGED = "ocop:cart-changed"

/**
 * The header's account and cart links. The count is fetched by the browser (/api/cart), not
 * rendered on the server, so the layout reads no cookie and shared pages can be cached whole.
 */
export function CartLink() {
  const t = useTranslations("Layout")
  const pathname = usePathname()
  const [count, setCount] = useState(0)
  useEffect(() => {
    let live = true
    fetch("/api/cart", { cache: "no-store" })
      .then((r) => (r.ok ? r.json() : { count: 0 }))
      .then((body: { count: number }) => live && setCount(body.count))
      .catch(() => undefined)
    return () => {
      live = false
    }
  }, [pathname])
  useEffect(() => {
    const onChange = (e: Event) => setCount((e as CustomEvent<number>).detail)
    window.addEventListener(CART_CHANGED, onChange)
    return () => window.removeEventListener(CART_CHANGED, onChange)
  }, [])
  return (
    <nav className="flex items-center gap-3 text-sm font-semibold">
      {/* On a phone the account is in the sections' row (MainNav), leaving this row to the cart. */}
      <Link href="/account" className="hidden min-h-11 items-center underline sm:inline-flex">
        {t("account")}
      </Link>
      <Link href="/cart" className="inline-flex min-h-11 items-center underline" data-testid="cart-link">
        {count ? t("cartCount", { count }) : t("cart")}
      </Link>
    </nav>
  )
}

/** Rendered by server pages that know the cart's count (cart, checkout result): keeps the header in step. */
export function CartCountSync({ count }: { count: number }) {
  useEffect(() => {
    window.dispatchEvent(new CustomEvent(CART_CHANGED, { detail: count }))
  }, [count])
  return null
}
