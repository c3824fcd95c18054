import { expect, type APIRequestContext } from "@playwright/test"
import { TEST_ADDRESS } from "../../support/store-client"
import { adminUrl, type producerOwner } from "./producer"

// What the producer browser tests need of the shop's orders, through the Store API: a variant of the
// producer's stocked at its own warehouse (so its part ships from there), and a guest's order.
type Owner = Awaited<ReturnType<typeof producerOwner>>
export type StockRow = {
  product: { id: string; title: string }
  variant: { id: string; title: string }
  inventory_item_id: string | null
  warehouse: { stocked: number } | null
}

/** A caller of the Store (or producer) API with these headers that expects 200. */
export function storeCall(request: APIRequestContext, headers: Record<string, string>) {
  return async (path: string, data?: unknown) => {
    const res = await request.fetch(`${adminUrl}${path}`, { method: data ? "POST" : "GET", headers, data })
    expect(res.status(), `${path}: ${await res.text()}`).toBe(200)
    return res.json()
  }
}

/** The owner's first stocked variant, with one more at its warehouse; `stocked` is the level before, to put back. */
export async function sellableRow(request: APIRequestContext, owner: Owner) {
  const producer = storeCall(request, owner.owner)
  const stock = await producer("/store/producer/stock")
  const row = (stock.rows as StockRow[]).find((r) => r.inventory_item_id)!
  expect(row, `a stocked variant of ${owner.subject.name}`).toBeTruthy()
  const stocked = row.warehouse?.stocked ?? 0
  await producer("/store/producer/stock", { variant_id: row.variant.id, stocked_quantity: stocked + 1 })
  return { ...row, stocked }
}

/**
 * A guest's cash-on-delivery order, delivered home, of one unit of each variant: the order (its lines'
 * prices and the delivery fee) and its confirmation link's token.
 */
export async function guestOrder(
  request: APIRequestContext,
  headers: Record<string, string>,
  variants: string[],
  email: string,
) {
  const call = storeCall(request, headers)
  const { regions } = await call("/store/regions")
  const { cart } = await call("/store/carts", { region_id: regions[0].id, email })
  for (const variant_id of variants) await call(`/store/carts/${cart.id}/line-items`, { variant_id, quantity: 1 })
  await call(`/store/carts/${cart.id}`, { shipping_address: TEST_ADDRESS })
  const { shipping_options } = await call(`/store/shipping-options?cart_id=${cart.id}`)
  const home = shipping_options.find((o: { name: string }) => /Giao hàng tận nơi/.test(o.name))
  await call(`/store/carts/${cart.id}/shipping-methods`, { option_id: home.id })
  const { payment_collection } = await call("/store/payment-collections", { cart_id: cart.id })
  await call(`/store/payment-collections/${payment_collection.id}/payment-sessions`, {
    provider_id: "pp_system_default",
  })
  await call(`/store/ocop/carts/${cart.id}/consents`, { processing: true })
  const done = await call(`/store/carts/${cart.id}/complete`, {})
  expect(done.type).toBe("order")
  const { token } = await call("/store/ocop/order-access", { cart_id: cart.id })
  type Placed = {
    id: string
    display_id: number
    items: { variant_id: string; unit_price: number }[]
    shipping_methods: { amount: number }[]
  }
  return { order: done.order as Placed, token: token as string }
}
