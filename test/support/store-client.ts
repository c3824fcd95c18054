import { ORDER_ACCESS_HEADER } from "@ocop/core"

/** The made-up address test shoppers ship to, in Quảng Trị (no real person's). */
export const TEST_ADDRESS = {
  first_name: "Khách",
  last_name: "Thử nghiệm",
  address_1: "Số 1, đường Lê Duẩn",
  city: "Phường Đông Hà",
  province: "Tỉnh Quảng Trị",
  country_code: "vn",
  phone: "+84912345678",
}

/**
 * A shopper's path through Medusa's Store API with plain fetch, shared by the
 * backend integration tests and the distributed-mode test.
 */
export type StoreClient = ReturnType<typeof storeClient>

export function storeClient(baseUrl: string, publishableKey: string) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- responses are checked by each test's assertions
  async function call<T = Record<string, any>>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<T> {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { "content-type": "application/json", "x-publishable-api-key": publishableKey, ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const json = (await res.json().catch(() => ({}))) as T & { message?: string }
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status}: ${json.message ?? JSON.stringify(json)}`)
    return json
  }
  type CartOptions = { regionId: string; variantId: string; email: string; shippingOption: RegExp }

  /** A cart with one unit of `variantId`, an address in Quảng Trị, the chosen shipping option and consent to processing. */
  async function cartReadyToPay(opts: CartOptions) {
    const { cart } = await call("POST", "/store/carts", { region_id: opts.regionId, email: opts.email })
    await call("POST", `/store/carts/${cart.id}/line-items`, { variant_id: opts.variantId, quantity: 1 })
    await call("POST", `/store/carts/${cart.id}`, {
      shipping_address: TEST_ADDRESS,
    })
    const { shipping_options } = await call("GET", `/store/shipping-options?cart_id=${cart.id}`)
    const option = shipping_options.find((o: { name: string }) => opts.shippingOption.test(o.name))
    if (!option) throw new Error(`no shipping option matches ${opts.shippingOption}`)
    await call("POST", `/store/carts/${cart.id}/shipping-methods`, { option_id: option.id })
    // The shopper ticks consent to processing for the order, as the checkout form asks (decision 036).
    await call("POST", `/store/ocop/carts/${cart.id}/consents`, { processing: true })
    return { cartId: cart.id as string, shippingOption: option }
  }

  /** Chooses a payment method: Medusa's payment session, whose `data` the provider filled. */
  async function startPayment(cartId: string, providerId: string) {
    const { payment_collection } = await call("POST", "/store/payment-collections", { cart_id: cartId })
    const res = await call("POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, {
      provider_id: providerId,
    })
    return res.payment_collection
  }

  async function complete(cartId: string) {
    const done = await call("POST", `/store/carts/${cartId}/complete`)
    if (done.type !== "order") throw new Error(`cart did not complete: ${JSON.stringify(done.error ?? done)}`)
    return done.order
  }

  /** Headers that let the guest who placed `order` read it: its number and e-mail, as "find my order". */
  async function guestOrderAccess(order: { display_id: number; email: string }) {
    const { token } = await call("POST", "/store/ocop/order-access/lookup", {
      display_id: order.display_id,
      email: order.email,
    })
    return { [ORDER_ACCESS_HEADER]: token as string }
  }

  return {
    call,
    guestOrderAccess,
    cartReadyToPay,
    startPayment,
    complete,
    /** Buys one unit of `variantId` paying with `providerId`; returns the order and the payment session. */
    async checkout(opts: CartOptions & { providerId: string }) {
      const { cartId, shippingOption } = await cartReadyToPay(opts)
      const collection = await startPayment(cartId, opts.providerId)
      return { order: await complete(cartId), shippingOption, session: collection.payment_sessions[0] }
    },
    /** Buys one unit of `variantId` with cash on delivery; returns the order. */
    async checkoutCashOnDelivery(opts: CartOptions) {
      const { cartId, shippingOption } = await cartReadyToPay(opts)
      await startPayment(cartId, "pp_system_default")
      return { order: await complete(cartId), shippingOption }
    },
  }
}
