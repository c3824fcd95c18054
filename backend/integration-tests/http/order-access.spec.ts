import { Modules } from "@medusajs/framework/utils"
import { listingDecision, ORDER_ACCESS_HEADER } from "@ocop/core"
import { signOrderToken } from "../../src/access/order-token"
import { demoRegistry, seedDemoShop } from "../helpers/demo"
import { portalClient, type Reply, type Who } from "../helpers/portal"
import { integrationTestRunner } from "../helpers/runner"
import { TEST_ADDRESS } from "../../../test/support/store-client"

const HOUR_MS = 60 * 60 * 1000

integrationTestRunner({
  inApp: true,
  sharedDemoShop: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let shop: Awaited<ReturnType<typeof seedDemoShop>>
    let variantId: string
    const { call, ok, customer } = portalClient(api, getContainer, () => shop)

    /** GET /store/orders/:id as the storefront sends it: a customer's session and/or an order token. */
    async function read(orderId: string, { who = {}, token }: { who?: Who; token?: string } = {}): Promise<Reply> {
      const res = await fetch(`${api.defaults.baseURL}/store/orders/${orderId}?fields=id,email,*shipping_address`, {
        headers: {
          "x-publishable-api-key": shop.publishableKey,
          ...(who.authorization ? { authorization: who.authorization } : {}),
          ...(token ? { [ORDER_ACCESS_HEADER]: token } : {}),
        },
      })
      return { status: res.status, body: await res.json() }
    }

    /** One unit bought with cash on delivery, by a signed-in customer or (with `{}`) a guest. */
    async function placeOrder(who: Who, email: string) {
      const { cart } = await ok(who, "POST", "/store/carts", { region_id: shop.regionId, email })
      await ok(who, "POST", `/store/carts/${cart.id}/line-items`, { variant_id: variantId, quantity: 1 })
      await ok(who, "POST", `/store/carts/${cart.id}`, { shipping_address: TEST_ADDRESS })
      const { shipping_options } = await ok(who, "GET", `/store/shipping-options?cart_id=${cart.id}`)
      const home = shipping_options.find((o: { name: string }) => /Giao hàng/.test(o.name))
      await ok(who, "POST", `/store/carts/${cart.id}/shipping-methods`, { option_id: home.id })
      const { payment_collection } = await ok(who, "POST", "/store/payment-collections", { cart_id: cart.id })
      await ok(who, "POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, {
        provider_id: "pp_system_default",
      })
      const done = await ok(who, "POST", `/store/carts/${cart.id}/complete`)
      expect(done.type).toBe("order")
      return { cartId: cart.id as string, order: done.order as { id: string; display_id: number } }
    }

    beforeAll(async () => {
      shop = await seedDemoShop(getContainer(), api)
      const { data } = demoRegistry()
      const listed = (p: (typeof data.products)[number]) => listingDecision([p.certificate], data.frameworks).listed
      const product = data.products.find((p) => p.kind === "goods" && listed(p))!
      const { products } = await ok({}, "GET", `/store/products?handle=${product.handle}&fields=variants.id`)
      variantId = products[0].variants[0].id
    })

    it("finding 3: an order is readable by its customer only; anyone else is told it does not exist", async () => {
      const owner = await customer("chu-don@example.vn")
      const stranger = await customer("nguoi-la@example.vn")
      const { order } = await placeOrder(owner, "chu-don@example.vn")

      const mine = await read(order.id, { who: owner })
      expect(mine.status).toBe(200)
      expect(mine.body.order).toMatchObject({ id: order.id, email: "chu-don@example.vn" })

      const unknown = await read("order_01JZZZZZZZZZZZZZZZZZZZZZZZ")
      for (const who of [{}, stranger]) {
        const refused = await read(order.id, { who })
        expect(refused.status).toBe(404)
        expect(refused.body.order).toBeUndefined()
        expect(refused.body.type).toBe(unknown.body.type)
        expect(refused.body.message).toBe(unknown.body.message.replace("order_01JZZZZZZZZZZZZZZZZZZZZZZZ", order.id))
      }
      // Medusa's transfer request also answers with the order: a stranger holding the id gets nothing.
      const transfer = await call(stranger, "POST", `/store/orders/${order.id}/transfer/request`, {})
      expect(transfer.status).toBe(404)
      expect(transfer.body.order).toBeUndefined()
      // A return names its order in the body: nobody but who may read the order may ask for one.
      const item = (await call(owner, "GET", `/store/orders/${order.id}?fields=items.id`)).body.order.items[0]
      const returnOf = (who: object) =>
        call(who, "POST", "/store/returns", {
          order_id: order.id,
          items: [{ id: item.id, quantity: 1 }],
          return_shipping: { option_id: "so_01JZZZZZZZZZZZZZZZZZZZZZZZ" },
        })
      const notFound = `Order id not found: ${order.id}`
      for (const who of [{}, stranger]) {
        const refused = await returnOf(who)
        expect([refused.status, refused.body.message]).toEqual([404, notFound])
      }
      // The owner gets through, to Medusa's own checks: here, a shipping option that does not exist.
      const own = await returnOf(owner)
      expect([own.status, own.body.message]).toEqual([400, "No shipping option with id so_01JZZZZZZZZZZZZZZZZZZZZZZZ"])
    })

    it("finding 3: a guest reads the order with the token from its completed cart; a forged, expired or other order's token opens nothing", async () => {
      const { cartId, order } = await placeOrder({}, "khach@example.vn")
      const { order: other } = await placeOrder({}, "khach-khac@example.vn")

      const grant = await ok({}, "POST", "/store/ocop/order-access", { cart_id: cartId })
      expect(grant.order_id).toBe(order.id)
      expect(grant.expires_at - Date.now() / 1000).toBeGreaterThan(23 * 3600)
      const shown = await read(order.id, { token: grant.token })
      expect(shown.status).toBe(200)
      expect(shown.body.order).toMatchObject({ id: order.id, email: "khach@example.vn" })
      expect((await read(order.id)).status).toBe(404)

      const [expires, signature] = grant.token.split(".")
      const flipped = (signature[0] === "A" ? "B" : "A") + signature.slice(1)
      const expired = signOrderToken(process.env.ORDER_ACCESS_SECRET!, order.id, Date.now() - 25 * HOUR_MS).token
      const forged = signOrderToken("not-the-shop-secret", order.id).token
      for (const token of [`${expires}.${flipped}`, `${Number(expires) + 3600}.${signature}`, expired, forged, "x"])
        expect((await read(order.id, { token })).status).toBe(404)
      expect((await read(other.id, { token: grant.token })).status).toBe(404)

      // A cart still open, an unknown cart, and a cart completed more than an hour ago mint nothing.
      const { cart: open } = await ok({}, "POST", "/store/carts", { region_id: shop.regionId })
      for (const cart_id of [open.id, "cart_01JZZZZZZZZZZZZZZZZZZZZZZZ"])
        expect((await call({}, "POST", "/store/ocop/order-access", { cart_id })).status).toBe(404)
      await getContainer()
        .resolve(Modules.CART)
        .updateCarts(cartId, { completed_at: new Date(Date.now() - 2 * HOUR_MS) })
      expect((await call({}, "POST", "/store/ocop/order-access", { cart_id: cartId })).status).toBe(404)
      expect((await call({}, "POST", "/store/ocop/order-access", { cart_id: 42 })).status).toBe(400)
    })

    it("finding 3: order number with its e-mail or phone opens the order; a wrong e-mail answers as an unknown number", async () => {
      const { order } = await placeOrder({}, "Tra.Cuu@example.vn")
      const lookup = (body: Record<string, unknown>) => call({}, "POST", "/store/ocop/order-access/lookup", body)

      for (const contact of [
        { email: "tra.cuu@example.vn" },
        { email: " TRA.CUU@example.vn " },
        { phone: "0912 345 678" },
      ]) {
        const grant = await lookup({ display_id: order.display_id, ...contact })
        expect(grant.status).toBe(200)
        expect(grant.body.order_id).toBe(order.id)
        expect((await read(order.id, { token: grant.body.token })).status).toBe(200)
      }

      const wrongEmail = await lookup({ display_id: order.display_id, email: "nguoi-khac@example.vn" })
      // "_" is a wildcard of SQL's like: it must match only itself.
      const wildcard = await lookup({ display_id: order.display_id, email: "tra_cuu@example.vn" })
      const wrongPhone = await lookup({ display_id: order.display_id, phone: "0987 654 321" })
      const unknownNumber = await lookup({ display_id: 2_000_000_000, email: "tra.cuu@example.vn" })
      for (const miss of [wrongEmail, wildcard, wrongPhone]) {
        expect(miss.status).toBe(404)
        expect(miss.body).toEqual(unknownNumber.body)
      }
      expect(unknownNumber.status).toBe(404)

      for (const bad of [
        { display_id: String(order.display_id), email: "tra.cuu@example.vn" },
        { display_id: order.display_id },
        { display_id: order.display_id, email: "tra.cuu@example.vn", phone: "0912345678" },
        { display_id: order.display_id, email: "not-an-email" },
        { display_id: order.display_id, phone: "12" },
      ])
        expect((await lookup(bad)).status).toBe(400)
    })
  },
})
