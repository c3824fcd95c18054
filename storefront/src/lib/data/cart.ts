import "server-only"
import type { HttpTypes } from "@medusajs/types"
import type { CartListingResponse } from "@ocop/core"
import { getRegionId } from "./regions"
import { getCartId, storeCall } from "./session"

export type Cart = HttpTypes.StoreCart

const CART_FIELDS = [
  "id,email,total,subtotal,item_total,shipping_total,currency_code,completed_at",
  "*items,items.product_handle,items.variant_title,items.thumbnail",
  "*shipping_address,*shipping_methods",
  "*payment_collection,*payment_collection.payment_sessions",
].join(",")

/** The shopper's open cart, or null (no cookie, completed, or gone). */
export async function retrieveCart(): Promise<Cart | null> {
  const id = await getCartId()
  if (!id) return null
  try {
    const { cart } = await storeCall<{ cart: Cart }>(`/store/carts/${id}`, { query: { fields: CART_FIELDS } })
    return cart.completed_at ? null : cart
  } catch {
    return null
  }
}

/**
 * The cart's locale as Medusa keeps it, from the storefront's language: what the order carries and
 * what the shop's e-mails about it are written in.
 */
export const cartLocale = (locale: string) => (locale === "en" ? "en-US" : "vi-VN")

export async function createCart(locale: string): Promise<Cart> {
  const region_id = await getRegionId()
  const { cart } = await storeCall<{ cart: Cart }>("/store/carts", {
    method: "POST",
    body: { region_id, locale: cartLocale(locale) },
  })
  return cart
}

export type ShippingOption = HttpTypes.StoreCartShippingOption & { type?: { code?: string; label?: string } }

/** Home delivery and pickup at each sales point, as Medusa offers them for this cart. */
export async function listShippingOptions(cartId: string): Promise<ShippingOption[]> {
  const { shipping_options } = await storeCall<{ shipping_options: ShippingOption[] }>("/store/shipping-options", {
    query: { cart_id: cartId, fields: "+type.code,+type.label" },
  })
  return shipping_options
}

export const isPickup = (option: ShippingOption) => option.type?.code === "pickup"

/** Sets the cart's delivery method (Medusa replaces the one before) and returns the cart repriced. */
export async function setShippingMethod(cartId: string, optionId: string): Promise<Cart> {
  const { cart } = await storeCall<{ cart: Cart }>(`/store/carts/${cartId}/shipping-methods`, {
    method: "POST",
    body: { option_id: optionId },
    query: { fields: CART_FIELDS },
  })
  return cart
}

/**
 * The cart with a delivery method on it, so that Medusa's own totals include delivery before the
 * order: the method already chosen while it is still offered, else the first home delivery.
 */
export async function withDelivery(cart: Cart, options: ShippingOption[]): Promise<Cart> {
  const chosen = cart.shipping_methods?.[0]?.shipping_option_id
  if (chosen && options.some((o) => o.id === chosen)) return cart
  const first = options.find((o) => !isPickup(o)) ?? options[0]
  return first ? setShippingMethod(cart.id, first.id) : cart
}

export type CartLineListing = CartListingResponse["items"][number]

/**
 * Whether each line may still be sold, as the backend's cart gate decides it (certificates read
 * live). An empty answer when it cannot be read: the gate still refuses at the order, only the
 * early warning is lost.
 */
export async function readCartListing(cartId: string): Promise<CartLineListing[]> {
  try {
    return (await storeCall<CartListingResponse>(`/store/ocop/carts/${cartId}/listing`)).items
  } catch {
    return []
  }
}

export const offSaleLines = (listing: CartLineListing[]) => new Set(listing.filter((l) => !l.on_sale).map((l) => l.id))

/** The payment methods the region offers (cash on delivery, VietQR, cards when configured). */
export async function listPaymentProviders(): Promise<string[]> {
  const region_id = await getRegionId()
  const { payment_providers } = await storeCall<{ payment_providers: { id: string }[] }>("/store/payment-providers", {
    query: { region_id },
  })
  return payment_providers.map((p) => p.id)
}

export const itemCount = (cart: Cart | null) => (cart?.items ?? []).reduce((n, i) => n + i.quantity, 0)
