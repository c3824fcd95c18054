import type { MedusaContainer } from "@medusajs/framework/types"
import { TEST_ADDRESS } from "../../../test/support/store-client"
import { producerOf } from "../../src/workflows/producer/steps/producer-of"
import type { portalClient, Who } from "./portal"

type Client = Pick<ReturnType<typeof portalClient>, "ok">

/**
 * A guest's (or `who`'s) order through the Store API: the variants and quantities, delivered to the test address
 * (or picked up, by the shipping option's name), paid with `provider`; waits until the order.placed
 * subscriber has routed it to its producers. Returns the order and its payment session.
 */
export async function placeOrder(
  { ok }: Client,
  container: () => MedusaContainer,
  opts: {
    regionId: string
    lines: [variantId: string, quantity: number][]
    provider?: string
    shipping?: RegExp
    email?: string
    /** A signed-in customer's order (a guest's otherwise). */
    who?: Who
    /** Called with the payment session before the cart completes (a card confirmed by Stripe.js). */
    beforeComplete?: (session: { data: Record<string, unknown> }) => void
  },
) {
  const who = opts.who ?? {}
  const { cart } = await ok(who, "POST", "/store/carts", {
    region_id: opts.regionId,
    email: opts.email ?? "mua-hai@example.vn",
  })
  for (const [variant_id, quantity] of opts.lines)
    await ok(who, "POST", `/store/carts/${cart.id}/line-items`, { variant_id, quantity })
  await ok(who, "POST", `/store/carts/${cart.id}`, { shipping_address: TEST_ADDRESS })
  const { shipping_options } = await ok(who, "GET", `/store/shipping-options?cart_id=${cart.id}`)
  const shipping = opts.shipping ?? /Giao hàng tận nơi/
  const option = shipping_options.find((o: { name: string }) => shipping.test(o.name))
  await ok(who, "POST", `/store/carts/${cart.id}/shipping-methods`, { option_id: option.id })
  const { payment_collection } = await ok(who, "POST", "/store/payment-collections", { cart_id: cart.id })
  const paying = await ok(who, "POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, {
    provider_id: opts.provider ?? "pp_system_default",
  })
  opts.beforeComplete?.(paying.payment_collection.payment_sessions[0])
  await ok(who, "POST", `/store/ocop/carts/${cart.id}/consents`, { processing: true })
  const done = await ok(who, "POST", `/store/carts/${cart.id}/complete`)
  await routed(container, done.order.id)
  return { order: done.order, session: paying.payment_collection.payment_sessions[0] }
}

/** The order.placed subscriber routes an order a moment after checkout answers. */
async function routed(container: () => MedusaContainer, orderId: string) {
  for (let i = 0; i < 100; i++) {
    if ((await producerOf(container()).listProducerOrders({ order_id: orderId })).length) return
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`order ${orderId} was not routed to a producer`)
}
