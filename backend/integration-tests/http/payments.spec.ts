import { Modules } from "@medusajs/framework/utils"
import { updateRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { integrationTestRunner } from "../helpers/runner"
import { isPaymentReference, listingDecision, parseEmv } from "@ocop/core"
import { setTimeout as sleep } from "node:timers/promises"
import enableVietQrPayments from "../../src/migration-scripts/enable-vietqr-payments"
import { DEMO_VIETQR } from "../../src/modules/vietqr-payment/options"
import seed from "../../src/scripts/seed"
import { startFakeStripe, type FakeStripe } from "../../../test/support/fake-stripe"
import { storeClient } from "../../../test/support/store-client"
import { demoRegistry, seedDemoShop } from "../helpers/demo"
import { bankTransfers, bankWebhook, orderPayment, stripeWebhook } from "../helpers/payments"

// Read by medusa-config.ts and the routes; set before the runner loads the application.
const BANK_SECRET = "bank-webhook-secret-for-tests"
const STRIPE_WEBHOOK_SECRET = "whsec_test_for_tests"
process.env.VIETQR_WEBHOOK_SECRET = BANK_SECRET
process.env.STRIPE_API_KEY = "sk_test_fake_for_tests"
process.env.STRIPE_WEBHOOK_SECRET = STRIPE_WEBHOOK_SECRET

const COD = "pp_system_default"
const VIETQR = "pp_vietqr_vietqr"
const STRIPE = "pp_stripe_stripe"
/** Medusa's Stripe webhook route queues each event (payment module option webhook_delay, 5 s by default). */
process.env.PAYMENT_WEBHOOK_DELAY_MS = "500"
/** Four times the queue's delay: an event that was going to be processed has been by then. */
const STRIPE_EVENT_SETTLES_MS = 2_000

integrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let shop: Awaited<ReturnType<typeof seedDemoShop>>
    let variantId: string
    let stripe: FakeStripe
    const baseUrl = () => api.defaults.baseURL as string
    const store = () => storeClient(baseUrl(), shop.publishableKey)
    const cart = () => ({
      regionId: shop.regionId,
      variantId,
      email: "khach@example.vn",
      shippingOption: /Giao hàng tận nơi/,
    })
    const buy = (providerId: string) => store().checkout({ ...cart(), providerId })
    const bank = () => bankWebhook(baseUrl(), BANK_SECRET)
    const transfer = (over: Record<string, unknown> = {}) => ({
      transaction_id: `FT${Date.now()}${Math.floor(Math.random() * 1e6)}`,
      account_number: DEMO_VIETQR.account,
      amount: 0,
      description: "",
      transaction_date: "2026-11-29 14:05:09",
      ...over,
    })

    beforeAll(async () => {
      shop = await seedDemoShop(getContainer(), api)
      const { data } = demoRegistry()
      const listed = (p: (typeof data.products)[number]) => listingDecision([p.certificate], data.frameworks).listed
      const product = data.products.find((p) => p.kind === "goods" && listed(p))!
      const { products } = await store().call("GET", `/store/products?handle=${product.handle}&fields=variants.id`)
      variantId = products[0].variants[0].id
      stripe = await startFakeStripe()
    })

    afterAll(async () => {
      await stripe?.stop()
    })

    it("offers cash on delivery, VietQR and (with a key) Stripe in the Vietnam region", async () => {
      const { payment_providers } = await store().call("GET", `/store/payment-providers?region_id=${shop.regionId}`)
      expect(payment_providers.map((p: { id: string }) => p.id).sort()).toEqual([COD, STRIPE, VIETQR].sort())
    })

    it("brings an existing region's payment methods in line when the seed runs again", async () => {
      const container = getContainer()
      await updateRegionsWorkflow(container).run({
        input: { selector: { id: shop.regionId }, update: { payment_providers: [COD] } },
      })
      await seed({ container, args: [] })
      const { payment_providers } = await store().call("GET", `/store/payment-providers?region_id=${shop.regionId}`)
      expect(payment_providers.map((p: { id: string }) => p.id).sort()).toEqual([COD, STRIPE, VIETQR].sort())
    })

    it("adds VietQR to a shop seeded before it existed, through a migration script, keeping what was there", async () => {
      const container = getContainer()
      await updateRegionsWorkflow(container).run({
        input: { selector: { id: shop.regionId }, update: { payment_providers: [COD] } },
      })
      await enableVietQrPayments({ container })
      const { payment_providers } = await store().call("GET", `/store/payment-providers?region_id=${shop.regionId}`)
      expect(payment_providers.map((p: { id: string }) => p.id).sort()).toEqual([COD, STRIPE, VIETQR].sort())
    })

    it("completes a cart with cash on delivery", async () => {
      const { order } = await buy(COD)
      const payment = await orderPayment(getContainer(), order.id)
      expect(payment).toMatchObject({ provider_id: COD, amount: order.total, captured_at: null })
    })

    describe("VietQR bank transfer", () => {
      it("gives the session a code for the order's total, and keeps it on the order's payment", async () => {
        const { order, session } = await buy(VIETQR)
        const data = session.data
        expect(Object.keys(data).sort()).toEqual(["account", "account_name", "amount", "bank_bin", "qr", "reference"])
        expect(isPaymentReference(data.reference)).toBe(true)
        expect(data).toMatchObject({
          amount: order.total,
          bank_bin: DEMO_VIETQR.bank_bin,
          account: DEMO_VIETQR.account,
          account_name: DEMO_VIETQR.account_name,
        })
        const fields = parseEmv(data.qr)
        const beneficiary = `0006${DEMO_VIETQR.bank_bin}01${String(DEMO_VIETQR.account.length).padStart(2, "0")}${DEMO_VIETQR.account}`
        expect(fields["38"]).toContain(beneficiary)
        expect(fields["54"]).toBe(String(order.total))
        expect(fields["62"]).toContain(data.reference)

        // What the storefront reads for a placed order: the payment, authorized, with the same data.
        const { order: placed } = await store().call(
          "GET",
          `/store/orders/${order.id}?fields=id,total,payment_status,*payment_collections.payments`,
          undefined,
          await store().guestOrderAccess(order),
        )
        expect(placed.payment_status).toBe("authorized")
        const [payment] = placed.payment_collections[0].payments
        expect(payment).toMatchObject({ provider_id: VIETQR, data, captured_at: null })

        // The order.placed subscriber registers the reference for the webhook's index lookup.
        await expect
          .poll(
            async () => (await bankTransfers(getContainer()).listPaymentReferences({ payment_id: payment.id })).length,
          )
          .toBe(1)
      })

      it("refuses a notification without the secret, unsigned, stale, badly signed or malformed", async () => {
        const body = transfer({ amount: 100000, description: "OCOP00000000" })
        delete process.env.VIETQR_WEBHOOK_SECRET
        try {
          const off = await bank()(body)
          expect(off.status).toBe(503)
          expect(off.body.message).toMatch(/VIETQR_WEBHOOK_SECRET/)
        } finally {
          process.env.VIETQR_WEBHOOK_SECRET = BANK_SECRET
        }
        expect((await bank()(body, { signature: null })).status).toBe(401)
        const stale = await bank()(body, { timestamp: Math.floor(Date.now() / 1000) - 301 })
        expect(stale).toMatchObject({ status: 401, body: { message: expect.stringMatching(/window/) } })
        expect((await bankWebhook(baseUrl(), "another-secret")(body)).status).toBe(401)
        const bad = await bank()({ ...body, amount: "100000" })
        expect(bad).toMatchObject({ status: 400, body: { message: expect.stringMatching(/^amount: /) } })
        const noDate = await bank()({ ...body, transaction_date: undefined })
        expect(noDate).toMatchObject({ status: 400, body: { message: expect.stringMatching(/^transaction_date: /) } })
        expect(await bankTransfers(getContainer()).listBankTransfers({})).toEqual([])
      })

      it("captures the payment once when the transfer arrives, however often the bank repeats it", async () => {
        const { order, session } = await buy(VIETQR)
        const reference = session.data.reference
        const body = transfer({ amount: order.total, description: `MBVCB.8812345.${reference}.CT tu 0123456789` })
        const first = await bank()(body)
        expect(first).toMatchObject({ status: 200, body: { status: "matched" } })
        const paid = await orderPayment(getContainer(), order.id)
        expect(paid.captured_at).not.toBeNull()
        expect(paid.captures.map((c) => c.amount)).toEqual([order.total])

        const again = await bank()(body) // a redelivery, signed anew
        expect(again).toMatchObject({
          status: 200,
          body: { status: "already_processed", transfer_id: first.body.transfer_id },
        })
        expect((await orderPayment(getContainer(), order.id)).captures).toHaveLength(1)
        const rows = await bankTransfers(getContainer()).listBankTransfers({ transaction_id: body.transaction_id })
        expect(rows).toHaveLength(1)
        expect(rows[0]).toMatchObject({ status: "matched", reference, payment_id: paid.id, order_id: order.id })

        // A second, different transfer for the paid order is recorded for an official, not captured.
        const second = await bank()(transfer({ amount: order.total, description: reference }))
        expect(second.body.status).toBe("already_paid")
        expect((await orderPayment(getContainer(), order.id)).captures).toHaveLength(1)
        const { order: shown } = await store().call(
          "GET",
          `/store/orders/${order.id}?fields=payment_status`,
          undefined,
          await store().guestOrderAccess(order),
        )
        expect(shown.payment_status).toBe("captured")
      })

      it("finding 13: five transfers for one reference at once: one captures, the others are recorded already_paid", async () => {
        const { order, session } = await buy(VIETQR)
        const bodies = [1, 2, 3, 4, 5].map(() => transfer({ amount: order.total, description: session.data.reference }))
        const replies = await Promise.all(bodies.map((b) => bank()(b)))
        expect(replies.map((r) => r.status)).toEqual(Array(5).fill(200))
        expect(replies.map((r) => r.body.status).sort()).toEqual([
          "already_paid",
          "already_paid",
          "already_paid",
          "already_paid",
          "matched",
        ])
        expect((await orderPayment(getContainer(), order.id)).captures.map((c) => c.amount)).toEqual([order.total])
        // Every transfer is a row once, the surplus ones waiting for an official to refund them.
        const rows = await bankTransfers(getContainer()).listBankTransfers({
          transaction_id: bodies.map((b) => b.transaction_id),
        })
        expect(rows.map((r) => r.transaction_id).sort()).toEqual(bodies.map((b) => b.transaction_id).sort())
        expect(rows.filter((r) => r.status === "already_paid" && r.order_id === order.id)).toHaveLength(4)
        // An official finds them to refund, and nobody else does.
        const { data } = await api.get("/admin/payments/bank-transfers?status=already_paid", shop.admin)
        const surplus = data.bank_transfers.filter((t: { order_id: string }) => t.order_id === order.id)
        expect(surplus).toHaveLength(4)
        expect(surplus[0]).toMatchObject({
          status: "already_paid",
          amount: order.total,
          reference: session.data.reference,
        })
        const anonymous = await api.get("/admin/payments/bank-transfers", { validateStatus: () => true })
        expect(anonymous.status).toBe(401)
        const wrong = await api.get("/admin/payments/bank-transfers?status=refunded", {
          ...shop.admin,
          validateStatus: () => true,
        })
        expect(wrong.status).toBe(400)
      })

      it("records an underpaid or unknown transfer without capturing anything", async () => {
        const { order, session } = await buy(VIETQR)
        const short = await bank()(transfer({ amount: order.total - 1000, description: session.data.reference }))
        expect(short.body.status).toBe("underpaid")
        const unknown = await bank()(transfer({ amount: order.total, description: "OCOP7K3M9Q2X" }))
        expect(unknown.body.status).toBe("unmatched")
        const elsewhere = await bank()(
          transfer({ amount: order.total, description: session.data.reference, account_number: "0011223344" }),
        )
        expect(elsewhere.body.status).toBe("unmatched")
        expect((await orderPayment(getContainer(), order.id)).captured_at).toBeNull()
        const rows = await bankTransfers(getContainer()).listBankTransfers({}, { order: { created_at: "ASC" } })
        expect(rows.map((r) => [r.status, r.payment_id !== null])).toEqual([
          ["underpaid", true],
          ["unmatched", false],
          ["unmatched", false],
        ])
      })

      it("matches a transfer that arrives before the reference is registered", async () => {
        const { order, session } = await buy(VIETQR)
        const payment = await orderPayment(getContainer(), order.id)
        const refs = bankTransfers(getContainer())
        await expect.poll(async () => (await refs.listPaymentReferences({ payment_id: payment.id })).length).toBe(1)
        // As if the worker had not yet handled order.placed: the payment is found by its data.
        const [registered] = await refs.listPaymentReferences({ payment_id: payment.id })
        await refs.deletePaymentReferences(registered.id)
        const res = await bank()(transfer({ amount: order.total, description: session.data.reference }))
        expect(res.body.status).toBe("matched")
        expect((await orderPayment(getContainer(), order.id)).captures).toHaveLength(1)
      })

      it("lets an official mark a transfer as received with the admin's Capture", async () => {
        const { order } = await buy(VIETQR)
        const payment = await orderPayment(getContainer(), order.id)
        const res = await api.post(`/admin/payments/${payment.id}/capture`, {}, shop.admin)
        expect(res.status).toBe(200)
        const captured = await orderPayment(getContainer(), order.id)
        expect(captured.captured_at).not.toBeNull()
        expect(captured.captures.map((c) => c.amount)).toEqual([order.total])
        expect(captured.data).toEqual(payment.data) // the code stays readable on the order
      })
    })

    describe("Stripe", () => {
      const stripeHook = () => stripeWebhook(baseUrl(), STRIPE_WEBHOOK_SECRET)
      const succeeded = (intent: object) => ({
        id: `evt_fake_${Date.now()}`,
        object: "event",
        type: "payment_intent.succeeded",
        created: Math.floor(Date.now() / 1000),
        livemode: false,
        data: { object: intent },
      })

      /** A card order: the intent created, confirmed by the shopper (Stripe.js), the cart completed. */
      async function buyWithCard() {
        const { cartId } = await store().cartReadyToPay(cart())
        const collection = await store().startPayment(cartId, STRIPE)
        const session = collection.payment_sessions[0]
        stripe.confirm(session.data.id)
        const order = await store().complete(cartId)
        return { order, collection, session, intentId: session.data.id as string }
      }

      it("asks Stripe for the amount in đồng as it is (zero-decimal), and authorizes a confirmed card", async () => {
        const { order, collection, session, intentId } = await buyWithCard()
        const created = stripe.calls.find(
          (c) =>
            c.method === "POST" &&
            c.path === "/v1/payment_intents" &&
            c.params.get("metadata[session_id]") === session.id,
        )!
        expect(created.params.get("amount")).toBe(String(collection.amount)) // e.g. 155000, not 15500000
        expect(created.params.get("amount")).toBe(String(order.total))
        expect(created.params.get("currency")).toBe("vnd")
        expect(created.params.get("capture_method")).toBe("manual")
        expect(stripe.calls.some((c) => c.method === "GET" && c.path === `/v1/payment_intents/${intentId}`)).toBe(true)
        const payment = await orderPayment(getContainer(), order.id)
        expect(payment).toMatchObject({ provider_id: STRIPE, amount: order.total, captured_at: null })
      })

      it("refuses an event whose signature does not verify", async () => {
        const { order, intentId } = await buyWithCard()
        const event = succeeded(stripe.capture(intentId))
        const payments = getContainer().resolve(Modules.PAYMENT)
        const forged = await stripeHook()(event, { secret: "whsec_someone_else" })
        await expect(
          payments.getWebhookActionAndData({
            provider: "stripe_stripe",
            payload: {
              data: event,
              rawData: Buffer.from(forged.payload),
              headers: { "stripe-signature": forged.header },
            },
          }),
        ).rejects.toThrow(/signature/i)
        // Medusa's route accepts and queues every delivery; the forged one is dropped when processed.
        expect(forged.status).toBe(200)
        await sleep(STRIPE_EVENT_SETTLES_MS)
        expect((await orderPayment(getContainer(), order.id)).captured_at).toBeNull()
      })

      it("captures once on payment_intent.succeeded, even when Stripe delivers it twice", async () => {
        const { order, intentId } = await buyWithCard()
        const event = succeeded(stripe.capture(intentId))
        expect((await stripeHook()(event)).status).toBe(200)
        await expect
          .poll(async () => (await orderPayment(getContainer(), order.id)).captured_at, {
            timeout: 20_000,
            interval: 500,
          })
          .not.toBeNull()
        expect((await stripeHook()(event)).status).toBe(200) // the same event again
        await sleep(STRIPE_EVENT_SETTLES_MS)
        const payment = await orderPayment(getContainer(), order.id)
        expect(payment.captures.map((c) => c.amount)).toEqual([order.total])
        const captureCalls = stripe.calls.filter((c) => c.path === `/v1/payment_intents/${intentId}/capture`)
        expect(captureCalls).toHaveLength(1)
      })
    })
  },
})
