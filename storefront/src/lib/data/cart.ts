import "server-only"
import type { HttpTypes } from "@medusajs/types"
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

export async function createCart(locale: string): Promise<Cart> {
  const region_id = await getRegionId()
  const { cart } = await storeCall<{ cart: Cart }>("/store/carts", {
    method: "POST",
    body: { region_id, locale: locale === "en" ? "en-US" : "vi-VN" },
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

/** The payment methods the region offers (cash on delivery, VietQR, cards when configured). */
export async function listPaymentProviders(): Promise<string[]> {
  const region_id = await getRegionId()
  const { payment_providers } = await storeCall<{ payment_providers: { id: string }[] }>("/store/payment-providers", {
    query: { region_id },
  })
  return payment_providers.map((p) => p.id)
}

export const itemCount = (cart: Cart | null) => (cart?.items ?? []).reduce((n, i) => n + i.quantity, 0)
