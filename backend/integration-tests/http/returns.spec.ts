import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { updateRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { formatVnd, monthOf, ORDER_ACCESS_HEADER, type ProducerStatementResponse } from "@ocop/core"
import { PDFDocument } from "pdf-lib"
import { startFakeStripe, type FakeStripe } from "../../../test/support/fake-stripe"
import { signOrderToken } from "../../src/access/order-token"
import { integrationTestRunner } from "../helpers/runner"
import { seedDemoShop } from "../helpers/demo"
import { placeOrder } from "../helpers/orders"
import { bankWebhook, orderPayment, stripeWebhook } from "../helpers/payments"
import { portalClient, type Who } from "../helpers/portal"
import { cameraJpeg } from "../helpers/producer-stall"
import { returnsOf as returnsModule } from "../../src/workflows/returns/steps/returns-of"
import { statementRows } from "../../src/read-models/settlement/statement-pdf"

const BANK_SECRET = "returns-bank-secret"
const STRIPE_WEBHOOK_SECRET = "whsec_returns_tests"
process.env.STRIPE_API_KEY = "sk_test_fake_for_returns"
process.env.STRIPE_WEBHOOK_SECRET = STRIPE_WEBHOOK_SECRET
process.env.PAYMENT_WEBHOOK_DELAY_MS = "300"
const COFFEE = "ca-phe-bot-ta-lu" // 90.000 ₫ a packet (seed/data/products.json)
const ACCOUNT = { bank_bin: "970436", account_number: "0123456789", account_holder: "NGUYEN VAN MAU" }

/**
 * Returns and refunds (docs/returns.md) through Medusa's return and refund: a shopper asks, the
 * producer or an official decides, the parcel comes back into the producer's stock, and the money
 * goes back by the payment's way — a transfer an official records (VietQR, cash), or Stripe's API
 * (the protocol-level fake, its signed events) — and the producer's statement of the month shows it.
 * Stripe is configured here (the seed leaves it out of the shared shop's region): the suite adds it
 * to the region itself.
 */
integrationTestRunner({
  inApp: true,
  sharedDemoShop: true,
  env: { VIETQR_WEBHOOK_SECRET: BANK_SECRET },
  testSuite: ({ api, getContainer }) => {
    let shop: Awaited<ReturnType<typeof seedDemoShop>>
    let stripe: FakeStripe
    const client = portalClient(api, getContainer, () => shop)
    const { call, ok, official, business, customer, send } = client
    let producer: Who
    let otherProducer: Who
    let variant: string
    let warehouse: string

    beforeAll(async () => {
      shop = await seedDemoShop(getContainer(), api)
      stripe = await startFakeStripe()
      producer = (await business("tra-ta-lu@example.vn", "3200770101", "producer", "ta-lu")).who
      otherProducer = (await business("tra-ga-cua@example.vn", "3200770102", "producer", "ga-cua-tam-bac")).who
      const { products } = await ok({}, "GET", `/store/products?handle=${COFFEE}&fields=variants.id`)
      variant = products[0].variants[0].id
      await ok(producer, "POST", "/store/producer/stock", { variant_id: variant, stocked_quantity: 50 })
      await updateRegionsWorkflow(getContainer()).run({
        input: {
          selector: { id: shop.regionId },
          update: { payment_providers: ["pp_system_default", "pp_vietqr_vietqr", "pp_stripe_stripe"] },
        },
      })
    })
    afterAll(async () => {
      await stripe?.stop()
    })

    /** A delivered order of `quantity` packets, paid with `provider`, and its producer's part. */
    async function delivered(quantity: number, opts: { provider?: string; who?: Who; email?: string } = {}) {
      const placed = await placeOrder(client, getContainer, {
        regionId: shop.regionId,
        lines: [[variant, quantity]],
        provider: opts.provider,
        who: opts.who,
        email: opts.email,
        beforeComplete: (session) => {
          if (opts.provider === "pp_stripe_stripe") stripe.confirm(String(session.data.id))
        },
      })
      const part = (await ok(producer, "GET", "/store/producer/orders?limit=100")).orders.find(
        (o: { order_id: string }) => o.order_id === placed.order.id,
      )
      await ok(producer, "POST", `/store/producer/orders/${part.id}/ship`, { carrier: "ghn", tracking_number: "GHN-1" })
      const detail = (await ok(producer, "POST", `/store/producer/orders/${part.id}/deliver`, {})).order
      return {
        ...placed,
        part: detail as {
          id: string
          lines: { id: string; unit_price: number; title: string; variant_title: string | null }[]
        },
      }
    }
    const guest = (orderId: string): Who => ({
      headers: { [ORDER_ACCESS_HEADER]: signOrderToken(process.env.ORDER_ACCESS_SECRET!, orderId).token },
    })
    const returnsOf = (orderId: string) => `/store/ocop/orders/${orderId}/returns`
    const ask = (who: Who, orderId: string, body: Record<string, unknown>) =>
      call(who, "POST", returnsOf(orderId), body)
    const capture = async (orderId: string) => {
      const payment = await orderPayment(getContainer(), orderId)
      await ok(official(), "POST", `/admin/payments/${payment.id}/capture`, {})
    }
    /** What a refused return must leave as it was: Medusa's order, its version, returns and totals. */
    const snapshot = async (orderId: string) =>
      (
        await getContainer()
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({
            entity: "order",
            fields: [
              "id",
              "version",
              "status",
              "total",
              "summary.*",
              "items.id",
              "items.quantity",
              "items.detail.*",
              "returns.id",
            ],
            filters: { id: orderId },
          })
      ).data[0]
    const mails = async (to: string) =>
      (
        await getContainer()
          .resolve(Modules.NOTIFICATION)
          .listNotifications({ to }, { order: { created_at: "ASC" } })
      ).map((n) => `${n.template}:${(n.data as { lang?: string }).lang}`)

    it("requests, accepts, receives into the producer's stock and refunds a VietQR order by transfer; the statement counts it", async () => {
      const shopper = await customer("tra-hang@example.vn")
      const { order, part, session } = await delivered(3, {
        provider: "pp_vietqr_vietqr",
        who: shopper,
        email: "tra-hang@example.vn",
      })
      const line = part.lines[0]

      // What may be returned, and until when (7 days from delivery by default).
      const listed = await ok(shopper, "GET", returnsOf(order.id))
      expect(listed).toMatchObject({ window_days: 7, refund_by_transfer: true, returns: [] })
      expect(listed.returnable[0]).toMatchObject({ part_id: part.id, lines: [{ line_id: line.id, quantity: 3 }] })

      // Another shopper, or nobody, cannot even see the order's returns.
      const stranger = await customer("la-mat@example.vn")
      for (const who of [stranger, {}]) expect((await call(who, "GET", returnsOf(order.id))).status).toBe(404)
      expect((await ask(stranger, order.id, { part_id: part.id })).status).toBe(404)

      // Bad input: 400 with a message, nothing recorded.
      const good = {
        part_id: part.id,
        items: [{ line_id: line.id, quantity: 1 }],
        reason: "damaged",
        refund_account: ACCOUNT,
      }
      const bad: [Record<string, unknown>, RegExp][] = [
        [{ ...good, items: [{ line_id: line.id, quantity: 4 }] }, /at most 3/],
        [{ ...good, items: [{ line_id: "pordl_nope", quantity: 1 }] }, /not a delivered line/],
        [{ ...good, items: [] }, /items/],
        [{ ...good, reason: "bored" }, /'reason'/],
        [{ ...good, reason: "other" }, /say why/],
        [{ ...good, refund_account: undefined }, /bank account the refund is sent to is required/],
        [{ ...good, refund_account: { ...ACCOUNT, bank_bin: "999999" } }, /not a bank the shop knows/],
        [{ ...good, refund_account: { ...ACCOUNT, account_holder: "<b>x</b>" } }, /must be a name/],
        [{ ...good, note: "x".repeat(1001) }, /'note'/],
        [{ ...good, extra: 1 }, /extra/],
      ]
      const answers = await Promise.all(bad.map(([body]) => ask(shopper, order.id, body)))
      expect(answers.map((a, i) => [a.status, a.body.message, bad[i][1]])).toEqual(
        bad.map(([, message]) => [400, expect.stringMatching(message), message]),
      )
      const notAnImage = new FormData()
      notAnImage.append("part_id", part.id)
      notAnImage.append("items", JSON.stringify(good.items))
      notAnImage.append("reason", "damaged")
      notAnImage.append("refund_account", JSON.stringify(ACCOUNT))
      notAnImage.append("photos", new Blob([new Uint8Array(Buffer.from("<svg/>"))], { type: "image/jpeg" }), "a.jpg")
      const forgedPhoto = await send(shopper, "POST", returnsOf(order.id), notAnImage)
      expect([forgedPhoto.status, forgedPhoto.body.message]).toEqual([
        400,
        expect.stringMatching(/photos\[0\] is not an image/),
      ])
      const unknownPart = await ask(shopper, order.id, { ...good, part_id: "pord_nope" })
      expect([unknownPart.status, unknownPart.body.message]).toEqual([404, "No such shipment in this order"])
      expect((await ok(shopper, "GET", returnsOf(order.id))).returns).toEqual([])

      // Asked before the transfer arrived: it waits, as Medusa's return would cancel the unpaid authorization.
      const refusedOne = (await ok(shopper, "POST", returnsOf(order.id), { ...good, reason: "not_as_described" }))
        .return
      const unpaid = await call(producer, "POST", `/store/producer/returns/${refusedOne.id}/accept`, {})
      expect([unpaid.status, unpaid.body.message]).toEqual([
        409,
        expect.stringMatching(/captures it before a return is accepted/),
      ])
      const paid = await bankWebhook(
        api.defaults.baseURL as string,
        BANK_SECRET,
      )({
        transaction_id: `FT${Date.now()}`,
        account_number: "OCOPDEMO0001",
        amount: order.total,
        description: String(session.data.reference),
        transaction_date: new Date().toISOString(),
      })
      expect(paid.body.status).toBe("matched")

      // A refused return leaves the order exactly as it was.
      const before = await snapshot(order.id)
      expect(
        (await call(otherProducer, "POST", `/store/producer/returns/${refusedOne.id}/refuse`, { reason: "Không" }))
          .status,
      ).toBe(404)
      const refused = await ok(producer, "POST", `/store/producer/returns/${refusedOne.id}/refuse`, {
        reason: "Gói đã mở",
      })
      expect(refused.return).toMatchObject({ status: "refused", decision_note: "Gói đã mở" })
      expect(await snapshot(order.id)).toEqual(before)

      // The producer accepting while an official refuses: one wins, the other is told 409.
      const raced = (await ok(shopper, "POST", returnsOf(order.id), good)).return
      const race = await Promise.all([
        call(producer, "POST", `/store/producer/returns/${raced.id}/accept`, {}),
        call(official(), "POST", `/admin/return-requests/${raced.id}/refuse`, { reason: "Quá hạn" }),
      ])
      expect(race.map((r) => r.status).sort()).toEqual([200, 409])
      const winner = race.find((r) => r.status === 200)!.body.return.status
      expect((await ok(official(), "GET", `/admin/return-requests/${raced.id}`)).return.status).toBe(winner)
      expect(((await snapshot(order.id)).returns ?? []).length).toBe(winner === "accepted" ? 1 : 0)

      // The return itself, with a photo from a phone (re-encoded, its EXIF dropped).
      const form = new FormData()
      form.append("part_id", part.id)
      form.append("items", JSON.stringify([{ line_id: line.id, quantity: 1 }]))
      form.append("reason", "damaged")
      form.append("note", "Gói bị rách")
      form.append("refund_account", JSON.stringify(ACCOUNT))
      form.append("photos", new Blob([new Uint8Array(await cameraJpeg())], { type: "image/jpeg" }), "rach.jpg")
      const asked = await send(shopper, "POST", returnsOf(order.id), form)
      expect(asked.status).toBe(201)
      const id = asked.body.return.id
      expect(asked.body.return).toMatchObject({
        status: "requested",
        photos: 1,
        amount: line.unit_price,
        payment_method: "vietqr",
      })
      const mine = (await ok(shopper, "GET", returnsOf(order.id))).returns.find((r: { id: string }) => r.id === id)
      expect(mine.refund_account).toEqual({ ...ACCOUNT, account_number: "•••789" })
      // The producer reads its own return, never the shopper's account; another producer nothing.
      const seen = (await ok(producer, "GET", `/store/producer/returns/${id}`)).return
      expect(seen.refund_account).toBeUndefined()
      expect((await call(otherProducer, "GET", `/store/producer/returns/${id}`)).status).toBe(404)
      expect((await ok(otherProducer, "GET", "/store/producer/returns")).returns).toEqual([])
      // Its photo, from the private file, to the producer and officials only, kept by no cache.
      const photo = async (who: Who, path: string) => {
        const res = await fetch(`${api.defaults.baseURL}${path}`, {
          headers: { "x-publishable-api-key": shop.publishableKey, authorization: who.authorization ?? "" },
        })
        const bytes = Buffer.from(await res.arrayBuffer())
        return { status: res.status, cache: res.headers.get("cache-control"), webp: bytes.subarray(8, 12).toString() }
      }
      const shown = { status: 200, cache: "private, no-store", webp: "WEBP" }
      expect(await photo(producer, `/store/producer/returns/${id}/photos/0`)).toEqual(shown)
      expect(await photo(official(), `/admin/return-requests/${id}/photos/0`)).toEqual(shown)
      expect((await photo(otherProducer, `/store/producer/returns/${id}/photos/0`)).status).toBe(404)
      expect((await photo(producer, `/store/producer/returns/${id}/photos/1`)).status).toBe(404)
      expect((await photo(producer, `/store/producer/returns/${id}/photos/x`)).status).toBe(400)
      expect((await photo(stranger, `/store/producer/returns/${id}/photos/0`)).status).toBe(403)

      // Accepted: Medusa's return, received at the warehouse the coffee left from.
      expect(
        (
          await call(shopper, "POST", `${returnsOf(order.id)}/${id}/ship-back`, {
            carrier: "ghn",
            tracking_number: "GHN-9",
          })
        ).status,
      ).toBe(409)
      await ok(producer, "POST", `/store/producer/returns/${id}/accept`, { note: "Gửi lại giúp" })
      expect((await call(official(), "POST", `/admin/return-requests/${id}/refuse`, { reason: "Muộn" })).status).toBe(
        409,
      )
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const level = async () =>
        (
          await query.graph({
            entity: "inventory_level",
            fields: ["stocked_quantity", "location_id"],
            filters: { location_id: warehouse },
          })
        ).data.reduce((sum, l) => sum + Number((l as { stocked_quantity: number }).stocked_quantity), 0)
      const accepted = await returnsModule(getContainer()).retrieveReturnRequest(id)
      warehouse = accepted.location_id!
      const medusaReturn = async () =>
        (
          await query.graph({
            entity: "return",
            fields: ["id", "status", "location_id", "order_id"],
            filters: { id: accepted.return_id! },
          })
        ).data[0]
      const admin = async () => (await ok(official(), "GET", `/admin/return-requests/${id}`)).return
      expect(await medusaReturn()).toMatchObject({ status: "requested", order_id: order.id, location_id: warehouse })
      expect(warehouse).toEqual(expect.any(String))
      const stocked = await level()

      await ok(shopper, "POST", `${returnsOf(order.id)}/${id}/ship-back`, {
        carrier: "vnpost",
        tracking_number: "EB123456789VN",
      })
      expect((await call(otherProducer, "POST", `/store/producer/returns/${id}/receive`, {})).status).toBe(404)
      const received = (await ok(producer, "POST", `/store/producer/returns/${id}/receive`, {})).return
      expect(received).toMatchObject({ status: "received", carrier: "vnpost", tracking_number: "EB123456789VN" })
      expect(await medusaReturn()).toMatchObject({ status: "received" })
      expect(await level()).toBe(stocked + 1)

      // The official transfers the money back and records it: Medusa's refund on the payment, once.
      expect((await admin()).refund_account).toEqual(ACCOUNT)
      const noReference = await call(official(), "POST", `/admin/return-requests/${id}/refund`, {})
      expect([noReference.status, noReference.body.message]).toEqual([400, expect.stringMatching(/reference/)])
      const badReference = await call(official(), "POST", `/admin/return-requests/${id}/refund`, {
        reference: "<script>",
      })
      expect(badReference.status).toBe(400)
      const refunds = await Promise.all(
        [1, 2].map(() => call(official(), "POST", `/admin/return-requests/${id}/refund`, { reference: "FT26340 999" })),
      )
      expect(refunds.map((r) => r.status).sort()).toEqual([200, 409])
      expect(await admin()).toMatchObject({ status: "refunded", refund_reference: "FT26340 999", refund_account: null })
      const { data: payments } = await query.graph({
        entity: "payment",
        fields: ["refunds.amount", "refunds.note"],
        filters: { id: (await orderPayment(getContainer(), order.id)).id },
      })
      expect((payments[0] as { refunds: { amount: number }[] }).refunds.map((r) => Number(r.amount))).toEqual([
        line.unit_price,
      ])

      // The producer's statement of this month: the refund of a sold line reduces what is owed.
      await ok(official(), "POST", "/admin/producers/settlements", { month: monthOf(new Date()) })
      const [statement] = (await ok(producer, "GET", "/store/producer/statements")).statements
      expect(statement).toMatchObject({ refunds: line.unit_price, refunds_on_sales: line.unit_price })
      expect(statement.net).toBe(statement.sales + statement.delivery_fees - statement.fee - line.unit_price)
      // … as a line of its own, negative, so the statement's lines add up to its totals: in the
      // detail, the CSV and the PDF.
      const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)
      const detail = await ok(producer, "GET", `/store/producer/statements/${statement.id}`)
      expect(detail.refunds).toEqual([
        {
          display_id: order.display_id,
          refunded_at: expect.any(String),
          title: line.title,
          variant_title: line.variant_title,
          quantity: 1,
          unit_price: line.unit_price,
          amount: -line.unit_price,
        },
      ])
      const sold = detail.parts.flatMap((p: { lines: { value: number; fee: number }[] }) => p.lines)
      expect(
        sum(sold.map((l: { value: number }) => l.value)) +
          sum(detail.parts.map((p: { delivery_fee: number }) => p.delivery_fee)) -
          sum(sold.map((l: { fee: number }) => l.fee)) +
          sum(detail.refunds.map((r: { amount: number }) => r.amount)),
      ).toBe(statement.net)
      const file = async (kind: string) =>
        fetch(`${api.defaults.baseURL}/store/producer/statements/${statement.id}/${kind}`, {
          headers: { authorization: producer.authorization!, "x-publishable-api-key": shop.publishableKey },
        })
      const rows = (await (await file("csv")).text())
        .replace(/^\uFEFF/, "")
        .trim()
        .split("\r\n")
        .map((r) => r.split(","))
      const table = rows.slice(rows.findIndex((r) => r[0] === "order") + 1)
      expect(table.filter((r) => r[2] === "refund").map((r) => [r[0], r[5], r[7]])).toEqual([
        [String(order.display_id), "1", String(-line.unit_price)],
      ])
      const column = (i: number) => sum(table.map((r) => Number(r[i])))
      expect(column(7) + column(9) - column(8)).toBe(statement.net)
      expect(Number(rows.find((r) => r[0] === "net_payable")?.[1])).toBe(statement.net)
      const pdf = await PDFDocument.load(new Uint8Array(await (await file("pdf?lang=en")).arrayBuffer()))
      expect(pdf.getTitle()).toMatch(/^Settlement statement · /)
      expect(statementRows(detail as ProducerStatementResponse, "en").filter((r) => r[2] === "Refund")).toEqual([
        [
          `#${order.display_id}`,
          expect.any(String),
          "Refund",
          expect.stringContaining(line.title),
          "1",
          formatVnd(line.unit_price),
          `− ${formatVnd(line.unit_price)}`,
          "",
          "",
        ],
      ])

      expect(await mails("tra-hang@example.vn")).toEqual(
        expect.arrayContaining([
          "return-requested:vi",
          "return-refused:vi",
          "return-accepted:vi",
          "return-received:vi",
          "return-refunded:vi",
        ]),
      )

      // Outside the window (the operator's `return_window_days`), nothing can be asked.
      const { data: stores } = await query.graph({ entity: "store", fields: ["id"] })
      await ok(official(), "POST", `/admin/stores/${stores[0].id}`, { metadata: { return_window_days: "0" } })
      const late = await ask(shopper, order.id, good)
      expect([late.status, late.body.message]).toEqual([400, expect.stringMatching(/return window closed/)])
      expect((await ok(shopper, "GET", returnsOf(order.id))).returnable).toEqual([])
      await ok(official(), "POST", `/admin/stores/${stores[0].id}`, { metadata: { return_window_days: "7" } })
    })

    it("refunds a card through Stripe's API on receipt and keeps the state Stripe's signed events report", async () => {
      const { order, part } = await delivered(1, { provider: "pp_stripe_stripe", email: "the@example.vn" })
      await capture(order.id)
      const asGuest = guest(order.id)
      const asked = (
        await ok(asGuest, "POST", returnsOf(order.id), {
          part_id: part.id,
          items: [{ line_id: part.lines[0].id, quantity: 1 }],
          reason: "wrong_item",
        })
      ).return
      expect(asked.payment_method).toBe("stripe")
      await ok(official(), "POST", `/admin/return-requests/${asked.id}/accept`, {})
      const received = (await ok(official(), "POST", `/admin/return-requests/${asked.id}/receive`, {})).return
      expect(received).toMatchObject({ status: "refunded", stripe_refund_status: "pending" })
      const refundCalls = stripe.calls.filter((c) => c.method === "POST" && c.path === "/v1/refunds")
      expect(refundCalls.map((c) => [c.params.get("amount"), c.params.get("payment_intent")])).toEqual([
        [String(part.lines[0].unit_price), expect.stringMatching(/^pi_fake_/)],
      ])
      const [refund] = [...stripe.refunds.values()]
      const hook = stripeWebhook(api.defaults.baseURL as string, STRIPE_WEBHOOK_SECRET)
      // Stripe's signed word on the refund is kept (forged and stale deliveries: stripe-refund-event.unit.spec.ts).
      for (const event of stripe.settleRefund(refund.id, "succeeded")) expect((await hook(event)).status).toBe(200)
      const state = async () =>
        (await ok(official(), "GET", `/admin/return-requests/${asked.id}`)).return.stripe_refund_status
      for (let i = 0; i < 100 && (await state()) !== "succeeded"; i++) await new Promise((r) => setTimeout(r, 100))
      expect(await state()).toBe("succeeded")
      expect((await call(official(), "POST", `/admin/return-requests/${asked.id}/refund`, {})).status).toBe(409)
    })
  },
})
