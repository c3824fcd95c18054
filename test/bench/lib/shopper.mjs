// A shopper paying cash on delivery through the Store API, step by step (the same path as
// test/support/store-client.ts), for benchmarks written in plain JavaScript. Each request goes
// through `request`, so the caller sees every failure with its time.

const ADDRESS = {
  first_name: "Khách",
  last_name: "Thử nghiệm",
  address_1: "Số 1, đường Lê Duẩn",
  city: "Phường Đông Hà",
  province: "Tỉnh Quảng Trị",
  country_code: "vn",
  phone: "+84912345678",
}

/**
 * `request(method, path, body)` resolves `{ status, body }` or rejects on a network error.
 * Resolves the order id, or throws an Error whose `step` names the request that failed.
 */
export async function checkoutCashOnDelivery(request, { regionId, variantId, email }) {
  const step = async (name, method, path, body) => {
    let res
    try {
      res = await request(method, path, body)
    } catch (error) {
      throw Object.assign(new Error(`${name}: ${error.message}`), { step: name })
    }
    if (res.status !== 200) {
      const message = res.body?.message ?? JSON.stringify(res.body).slice(0, 200)
      throw Object.assign(new Error(`${name} → ${res.status}: ${message}`), { step: name, status: res.status })
    }
    return res.body
  }
  const { cart } = await step("create cart", "POST", "/store/carts", {
    region_id: regionId,
    email,
    shipping_address: ADDRESS,
    items: [{ variant_id: variantId, quantity: 1 }],
  })
  const { shipping_options } = await step("shipping options", "GET", `/store/shipping-options?cart_id=${cart.id}`)
  await step("shipping method", "POST", `/store/carts/${cart.id}/shipping-methods`, {
    option_id: shipping_options[0].id,
  })
  const { payment_collection } = await step("payment collection", "POST", "/store/payment-collections", {
    cart_id: cart.id,
  })
  await step("payment session", "POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, {
    provider_id: "pp_system_default",
  })
  await step("consent", "POST", `/store/ocop/carts/${cart.id}/consents`, { processing: true })
  const done = await step("complete", "POST", `/store/carts/${cart.id}/complete`)
  if (done.type !== "order")
    throw Object.assign(new Error(`complete: ${JSON.stringify(done.error ?? done)}`), { step: "complete" })
  return done.order.id
}
