"use server"

import { refresh } from "next/cache"
import { redirect } from "next/navigation"
import { type CheckoutErrors, parseCheckout, STOREFRONT_PAYMENTS } from "@/modules/checkout/form"
import {
  cartLocale,
  isPickup,
  listPaymentProviders,
  listShippingOptions,
  readCartListing,
  retrieveCart,
  setShippingMethod,
  type ShippingOption,
} from "../data/cart"
import { myConsents } from "../data/consents"
import { orderAccessFromCart } from "../data/order-access"
import { clearCartId, storeCall, storeError } from "../data/session"

/** What the shopper must look at before the order can go: a new total, or products no longer for sale. */
export type CheckoutNotice = "totalChanged" | "offSale"

export type CheckoutState = {
  errors?: CheckoutErrors
  message?: string
  notice?: CheckoutNotice
  values?: Record<string, string>
}

/**
 * The checkout form's one action. `intent=delivery` sets the chosen delivery on the cart so the
 * summary shows Medusa's totals for it; otherwise it places the order in one step: validates the
 * whole form first (nothing is written while a field is wrong), sets the addresses and the delivery,
 * refuses to go on when the total is not the one the shopper was shown, sets the payment session and
 * completes the cart. Medusa's completion re-checks stock, prices and, through the OCOP plugin's
 * gate, that every product is still certified.
 */
export async function placeOrder(_prev: CheckoutState, form: FormData): Promise<CheckoutState> {
  const values = Object.fromEntries([...form.entries()].map(([k, v]) => [k, String(v)]))
  const locale = values.locale === "en" ? "en" : "vi"
  const cart = await retrieveCart()
  if (!cart?.items?.length) redirect(`/${locale}/cart`)
  if (values.intent === "delivery") return chooseDelivery(cart.id, await listShippingOptions(cart.id), values)
  const [options, providers, consents] = await Promise.all([
    listShippingOptions(cart.id),
    listPaymentProviders(),
    myConsents(),
  ])
  const parsed = parseCheckout(values, {
    deliveries: options.map((o) => ({ id: o.id, pickup: isPickup(o) })),
    providers: providers.filter((p) => STOREFRONT_PAYMENTS.includes(p)),
    consentNeeded: !consents?.processing_current,
  })
  if (!parsed.ok) return { errors: parsed.errors, values }
  const input = parsed.value
  const option = options.find((o) => o.id === input.delivery.id)!

  let orderId: string
  try {
    const address = {
      first_name: input.name,
      phone: input.phone,
      country_code: "vn",
      ...(input.address
        ? {
            address_1: input.address.street,
            city: input.address.commune,
            province: input.address.province,
            metadata: { province_key: input.address.provinceKey },
          }
        : { address_1: option.name }),
    }
    await storeCall(`/store/carts/${cart.id}`, {
      method: "POST",
      body: {
        email: input.email,
        // The language the order is placed in, which its e-mails are written in (the cart may have
        // been started in the other one).
        locale: cartLocale(locale),
        shipping_address: address,
        billing_address: address,
        metadata: input.note ? { note: input.note } : undefined,
      },
    })
    // Consent is recorded for this cart, to the versions in force, before anything is charged; the
    // backend refuses to complete a cart without it (docs/decisions/036-policies-and-consent.md).
    if (input.consent.processing)
      await storeCall(`/store/ocop/carts/${cart.id}/consents`, {
        method: "POST",
        body: { processing: true, marketing: input.consent.marketing },
      })
    const priced = await setShippingMethod(cart.id, option.id)
    // The total charged is the total shown: a delivery chosen without JavaScript, or a price changed
    // since the page was drawn, shows the new total first.
    if (Number(priced.total) !== Number(values.seen_total)) {
      refresh()
      return { notice: "totalChanged", values }
    }
    const collectionId =
      cart.payment_collection?.id ??
      (
        await storeCall<{ payment_collection: { id: string } }>("/store/payment-collections", {
          method: "POST",
          body: { cart_id: cart.id },
        })
      ).payment_collection.id
    await storeCall(`/store/payment-collections/${collectionId}/payment-sessions`, {
      method: "POST",
      body: { provider_id: input.payment },
    })
    const result = await storeCall<
      { type: "order"; order: { id: string } } | { type: "cart"; error: { message: string } }
    >(`/store/carts/${cart.id}/complete`, { method: "POST" })
    if (result.type !== "order") return refused(cart.id, result.error.message, values)
    orderId = result.order.id
  } catch (e) {
    return refused(cart.id, storeError(e).message, values)
  }
  await clearCartId()
  redirect(`/${locale}/order/${orderId}/confirmed${await accessQuery(cart.id)}`)
}

/** Sets the delivery the shopper picked and redraws the page with the cart's new totals. */
async function chooseDelivery(
  cartId: string,
  options: ShippingOption[],
  values: Record<string, string>,
): Promise<CheckoutState> {
  const option = options.find((o) => o.id === values.delivery)
  if (!option) return { errors: { delivery: "delivery" }, values }
  try {
    await setShippingMethod(cartId, option.id)
  } catch (e) {
    return { message: storeError(e).message, values }
  }
  refresh()
  return { values }
}

/**
 * A refused order. When the cart gate refused it (a product lost its certificate meanwhile) the
 * shopper is told so in plain words, from the same check the cart page shows.
 */
async function refused(cartId: string, message: string, values: Record<string, string>): Promise<CheckoutState> {
  const offSale = (await readCartListing(cartId)).some((line) => !line.on_sale)
  return offSale ? { notice: "offSale", values } : { message, values }
}

/**
 * The confirmation link carries a token that opens the order for a day, so a guest can come back to
 * it (docs/decisions/017-order-access.md). Without one the page still opens for a signed-in customer,
 * and tells a guest how to find the order.
 */
async function accessQuery(cartId: string): Promise<string> {
  try {
    return `?access=${encodeURIComponent((await orderAccessFromCart(cartId)).token)}`
  } catch {
    return ""
  }
}
