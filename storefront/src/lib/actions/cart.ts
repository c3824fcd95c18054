"use server"

import { refresh } from "next/cache"
import { type Cart, createCart, itemCount, retrieveCart } from "../data/cart"
import { setCartId, storeCall, storeError } from "../data/session"

export type AddToCartState = { status: "idle" | "added" | "error"; message?: string; count?: number }

/** Adds a variant to the shopper's cart, opening a cart on first use. */
export async function addToCart(_prev: AddToCartState, form: FormData): Promise<AddToCartState> {
  const variant_id = String(form.get("variant_id") ?? "")
  const quantity = Number(form.get("quantity") ?? 1)
  const locale = String(form.get("locale") ?? "vi")
  if (!variant_id || !Number.isInteger(quantity) || quantity < 1 || quantity > 99) {
    return { status: "error", message: "quantity" }
  }
  try {
    let cart = await retrieveCart()
    if (!cart) {
      cart = await createCart(locale)
      await setCartId(cart.id)
    }
    const { cart: updated } = await storeCall<{ cart: Cart }>(`/store/carts/${cart.id}/line-items`, {
      method: "POST",
      body: { variant_id, quantity },
      query: { fields: "items.quantity" },
    })
    return { status: "added", count: itemCount(updated) }
  } catch (e) {
    // The listing gate refuses products that are not for sale; say so rather than fail silently.
    return { status: "error", message: storeError(e).message }
  }
}

/**
 * Sets a line's quantity; 0 removes it. A − or + button sends `change` (±1) instead, applied to the
 * quantity the cart holds now, not to what the page showed when it was drawn.
 */
export async function updateLine(form: FormData): Promise<void> {
  const cart = await retrieveCart()
  const lineId = String(form.get("line_id") ?? "")
  const line = cart?.items?.find((i) => i.id === lineId)
  if (!cart || !line) return
  const change = form.get("change")
  const quantity = change === null ? Number(form.get("quantity") ?? 0) : Math.max(1, line.quantity + Number(change))
  if (!Number.isInteger(quantity) || quantity < 0 || (change !== null && Math.abs(Number(change)) !== 1)) return
  const path = `/store/carts/${cart.id}/line-items/${lineId}`
  await (quantity === 0
    ? storeCall(path, { method: "DELETE" })
    : storeCall(path, { method: "POST", body: { quantity: Math.min(quantity, 99) } }))
  // Re-render the cart page (it is the shopper's own) without touching the shared catalogue cache.
  refresh()
}
