import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { formatVnd, listingDecision, ORDER_ACCESS_HEADER, VIETQR_PROVIDER_ID } from "@ocop/core"
import { ORDER_LOOKUP_TTL_S, signOrderToken } from "../../src/access/order-token"
import { demoRegistry, seedDemoShop } from "../helpers/demo"
import { portalClient, type Reply, type Who } from "../helpers/portal"
import { integrationTestRunner } from "../helpers/runner"
import { currentPolicyVersions } from "../../src/read-models/legal/current"
import { TEST_ADDRESS } from "../../../test/support/store-client"

const HOUR_MS = 60 * 60 * 1000
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- records read back as JSON, of many shapes
type Json = Record<string, any>

integrationTestRunner({
  inApp: true,
  sharedDemoShop: true,
  // The lookup's limits as in production (the suites' default multiplies them by 100).
  env: { AUTH_THROTTLE_SCALE: "1" },
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

    /**
     * Units bought by a signed-in customer or (with `{}`) a guest: one, with cash on delivery, unless
     * told otherwise; `locale` as the storefront records the shopper's language on the cart.
     */
    async function placeOrder(
      who: Who,
      email: string,
      {
        provider = "pp_system_default",
        locale,
        quantity = 1,
      }: { provider?: string; locale?: string; quantity?: number } = {},
    ) {
      const { cart } = await ok(who, "POST", "/store/carts", {
        region_id: shop.regionId,
        email,
        ...(locale ? { locale } : {}),
      })
      await ok(who, "POST", `/store/carts/${cart.id}/line-items`, { variant_id: variantId, quantity })
      await ok(who, "POST", `/store/carts/${cart.id}`, { shipping_address: TEST_ADDRESS })
      const { shipping_options } = await ok(who, "GET", `/store/shipping-options?cart_id=${cart.id}`)
      const home = shipping_options.find((o: { name: string }) => /Giao hàng/.test(o.name))
      await ok(who, "POST", `/store/carts/${cart.id}/shipping-methods`, { option_id: home.id })
      const { payment_collection } = await ok(who, "POST", "/store/payment-collections", { cart_id: cart.id })
      await ok(who, "POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, {
        provider_id: provider,
      })
      await ok(who, "POST", `/store/ocop/carts/${cart.id}/consents`, { processing: true })
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
      // The owner gets through, to be told where the shop's returns are asked for (docs/returns.md):
      // Medusa's route would create a confirmed return with no window and no producer's decision.
      const own = await returnOf(owner)
      expect([own.status, own.body.message]).toEqual([
        400,
        "Returns are asked for at /store/ocop/orders/:id/returns, within the return window, and decided by the producer",
      ])
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

    it("lookup: number with the e-mail or phone opens the order for 30 minutes; wrong number, e-mail or phone answer alike, throttled alike", async () => {
      const { order } = await placeOrder({}, "Tra.Cuu@example.vn")
      // From an address of its own (the test's loopback is a trusted proxy), so no other test's count.
      const lookup = async (body: Record<string, unknown>) => {
        const res = await fetch(`${api.defaults.baseURL}/store/ocop/order-access/lookup`, {
          method: "POST",
          headers: {
            "x-publishable-api-key": shop.publishableKey,
            "content-type": "application/json",
            "x-forwarded-for": "198.18.20.1",
          },
          body: JSON.stringify(body),
        })
        return { status: res.status, body: await res.json(), retryAfter: res.headers.get("retry-after") }
      }
      const number = order.display_id

      for (const contact of [
        { email: "tra.cuu@example.vn" },
        { email: " TRA.CUU@example.vn " },
        { phone: "0912 345 678" },
      ]) {
        const grant = await lookup({ display_id: number, ...contact })
        expect(grant.status).toBe(200)
        expect(grant.body.order_id).toBe(order.id)
        // Shorter than the confirmation link's day: half an hour.
        expect(grant.body.expires_at - Date.now() / 1000).toBeGreaterThan(ORDER_LOOKUP_TTL_S - 60)
        expect(grant.body.expires_at - Date.now() / 1000).toBeLessThanOrEqual(ORDER_LOOKUP_TTL_S)
        expect((await read(order.id, { token: grant.body.token })).status).toBe(200)
      }
      // Such a token, signed 31 minutes ago, opens nothing.
      const past = Date.now() - (ORDER_LOOKUP_TTL_S + 60) * 1000
      const stale = signOrderToken(process.env.ORDER_ACCESS_SECRET!, order.id, past, ORDER_LOOKUP_TTL_S).token
      expect((await read(order.id, { token: stale })).status).toBe(404)

      // Wrong number, wrong e-mail, wrong phone: one answer, word for word, and nothing of the order.
      const misses = [
        await lookup({ display_id: number + 1000, email: "tra.cuu@example.vn" }),
        await lookup({ display_id: number + 1000, phone: "0912 345 678" }),
        await lookup({ display_id: number, email: "nguoi-khac@example.vn" }),
        // "_" is a wildcard of SQL's like: it must match only itself.
        await lookup({ display_id: number, email: "tra_cuu@example.vn" }),
        await lookup({ display_id: number, phone: "0987 654 321" }),
      ]
      for (const miss of misses)
        expect({ status: miss.status, body: miss.body }).toEqual({ status: 404, body: misses[0].body })
      expect(JSON.stringify(misses[0].body)).not.toMatch(/order_|tra\.cuu|0912|\+84/i)

      for (const bad of [
        { display_id: String(number), email: "tra.cuu@example.vn" },
        { display_id: 999_999 },
        { display_id: 999_999, email: "tra.cuu@example.vn", phone: "0912345678" },
        { display_id: 999_999, email: "not-an-email" },
        { display_id: 999_999, phone: "12" },
        { display_id: 0, email: "tra.cuu@example.vn" },
      ]) {
        const refused = await lookup(bad)
        expect([refused.status, typeof refused.body.message]).toEqual([400, "string"])
      }

      // Ten tries per order number an hour (six spent above): then the right e-mail and a wrong one,
      // and the right phone, are refused alike, without a word on which part was right.
      for (let i = 0; i < 4; i++)
        expect((await lookup({ display_id: number, email: `doan-${i}@example.vn` })).status).toBe(404)
      const blocked = [
        await lookup({ display_id: number, email: "tra.cuu@example.vn" }),
        await lookup({ display_id: number, email: "doan-moi@example.vn" }),
        await lookup({ display_id: number, phone: "0912 345 678" }),
      ]
      for (const refused of blocked) {
        expect({ status: refused.status, body: refused.body }).toEqual({ status: 429, body: blocked[0].body })
        expect(Number(refused.retryAfter)).toBeGreaterThan(0)
      }
    })

    it("the confirmation e-mail carries the lines, the total with delivery, the VietQR transfer and the complaints page, in the order's language", async () => {
      const mail = async (to: string) => {
        const notifications = getContainer().resolve(Modules.NOTIFICATION)
        for (let i = 0; i < 100; i++) {
          const [sent] = await notifications.listNotifications({ to, template: "order-placed" })
          if (sent) return sent.data as Json
          await new Promise((r) => setTimeout(r, 50))
        }
        throw new Error(`no confirmation e-mail to ${to}`)
      }
      const orderOf = async (id: string) => {
        const { data } = await getContainer()
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({
            entity: "order",
            fields: [
              "display_id",
              "total",
              "shipping_total",
              "item_total",
              "items.title",
              "items.quantity",
              "payment_collections.payments.data",
            ],
            filters: { id },
          })
        return data[0] as Json
      }
      const placed = async (email: string, locale: string) =>
        (await placeOrder({}, email, { provider: VIETQR_PROVIDER_ID, locale, quantity: 2 })).order.id

      const terms = (await currentPolicyVersions(getContainer())).terms
      expect(terms).not.toBeNull()
      const vi = await orderOf(await placed("thu-xac-nhan@example.vn", "vi-VN"))
      const en = await orderOf(await placed("confirmation@example.com", "en-US"))
      for (const [order, to, lang] of [
        [vi, "thu-xac-nhan@example.vn", "vi"],
        [en, "confirmation@example.com", "en"],
      ] as const) {
        const data = await mail(to)
        const transfer = order.payment_collections[0].payments[0].data
        expect(data).toMatchObject({
          lang,
          display_id: order.display_id,
          items: order.items.map((i: { title: string; quantity: number }) =>
            expect.objectContaining({ title: i.title, quantity: 2 }),
          ),
          item_total: Number(order.item_total),
          shipping_total: Number(order.shipping_total),
          total: Number(order.total),
          payment_method: "vietqr",
          transfer: {
            account: transfer.account,
            account_name: transfer.account_name,
            amount: Number(order.total),
            reference: transfer.reference,
          },
          complaints_url: expect.stringMatching(new RegExp(`/${lang}/policies/returns$`)),
          order_url: expect.stringMatching(new RegExp(`/${lang}/order/lookup\\?number=${order.display_id}$`)),
        })
        expect(Number(order.shipping_total)).toBeGreaterThan(0)
        expect(data.item_total + data.shipping_total).toBe(data.total)
        // The terms of sale in force (the demo shop publishes sample texts), linked word for word.
        expect(data.terms).toEqual({
          version: terms!.version,
          effective_from: terms!.effective_at.slice(0, 10),
          url: expect.stringMatching(new RegExp(`/${lang}/policies/terms/${encodeURIComponent(terms!.version)}$`)),
        })
        expect(data.text).toContain(data.terms.url)
        expect(data.text).toContain(order.items[0].title)
        expect(data.text).toContain(formatVnd(Number(order.total)))
        expect(data.text).toContain(transfer.reference)
        expect(data.text).toContain(data.complaints_url)
      }
      const [viMail, enMail] = [await mail("thu-xac-nhan@example.vn"), await mail("confirmation@example.com")]
      expect(viMail.subject).toBe(`Xác nhận đơn hàng #${vi.display_id} — Sàn OCOP Quảng Trị`)
      expect(viMail.text).toContain(`Tổng cộng: ${formatVnd(Number(vi.total))}`)
      expect(viMail.text).toContain(`Nội dung chuyển khoản: ${viMail.transfer.reference}`)
      expect(enMail.subject).toBe(`Order #${en.display_id} confirmed — Quảng Trị OCOP Marketplace`)
      expect(enMail.text).toContain(`Total: ${formatVnd(Number(en.total))}`)
      expect(enMail.text).toContain(`Transfer note: ${enMail.transfer.reference}`)
      expect(enMail.text).not.toMatch(/Tổng cộng|Chuyển khoản/i)
    })
  },
})
