import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { monthOf } from "@ocop/core"
import { PDFDocument } from "pdf-lib"
import { integrationTestRunner } from "../helpers/runner"
import { seedDemoShop } from "../helpers/demo"
import { placeOrder } from "../helpers/orders"
import { bankWebhook } from "../helpers/payments"
import { portalClient, type Who } from "../helpers/portal"
import { DEMO_VIETQR } from "../../src/modules/vietqr-payment/options"
import { producerOf } from "../../src/workflows/producer/steps/producer-of"

const BANK_SECRET = "producer-settlement-bank-secret"
const VIETQR = "pp_vietqr_vietqr"
const COFFEE = "ca-phe-bot-ta-lu" // 90.000 ₫ a packet (seed/data/products.json)
const CHICKEN = "ga-cua-tam-bac" // 270.000 ₫ a bird

/**
 * A month's settlement (docs/producers.md, "Settlement"), reconciled by hand: four orders of two
 * producers — cash on delivery and VietQR, a shared delivery fee, cancelled lines, a refund, a part
 * shipped but not delivered — and every figure of both statements computed below from the prices.
 * Then the producers' health as officials list it ("Admin"), from parts and a catalogue set by hand.
 */
integrationTestRunner({
  inApp: true,
  sharedDemoShop: true,
  env: { VIETQR_WEBHOOK_SECRET: BANK_SECRET },
  testSuite: ({ api, getContainer }) => {
    let shop: Awaited<ReturnType<typeof seedDemoShop>>
    const client = portalClient(api, getContainer, () => shop)
    const { call, ok, official, business } = client
    const month = monthOf(new Date())
    let taLu: Who
    let taLuBusiness: string
    let gaCua: Who
    const variants: Record<string, string> = {}

    beforeAll(async () => {
      shop = await seedDemoShop(getContainer(), api)
      const taLuAccount = await business("tt-ta-lu@example.vn", "3200990101", "producer", "ta-lu")
      taLu = taLuAccount.who
      taLuBusiness = taLuAccount.id
      gaCua = (await business("tt-ga-cua@example.vn", "3200990102", "producer", "ga-cua-tam-bac")).who
      for (const [who, handle] of [
        [taLu, COFFEE],
        [gaCua, CHICKEN],
      ] as const) {
        const { products } = await ok({}, "GET", `/store/products?handle=${handle}&fields=variants.id`)
        variants[handle] = products[0].variants[0].id
        await ok(who, "POST", "/store/producer/stock", { variant_id: variants[handle], stocked_quantity: 50 })
      }
      // The operator charges 2.5 % on the coffee's group (data on the category), nothing on the chicken's.
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "product", fields: ["categories.id"], filters: { handle: COFFEE } })
      const category = (data[0] as { categories: { id: string }[] }).categories[0].id
      await ok(official(), "POST", `/admin/product-categories/${category}`, {
        metadata: { operator_fee_percent: "2.5" },
      })
    })

    const buy = (lines: [string, number][], provider?: string) =>
      placeOrder(client, getContainer, {
        regionId: shop.regionId,
        lines: lines.map(([h, q]) => [variants[h], q]),
        provider,
      })
    const part = async (who: Who, orderId: string) =>
      (
        (await ok(who, "GET", "/store/producer/orders?limit=100")).orders as {
          id: string
          order_id: string
          lines: { id: string; unit_price: number }[]
        }[]
      ).find((o) => o.order_id === orderId)!
    const deliver = async (who: Who, orderId: string) => {
      const p = await part(who, orderId)
      await ok(who, "POST", `/store/producer/orders/${p.id}/ship`, {
        carrier: "ghn",
        tracking_number: `GHN${Date.now()}`,
      })
      await ok(who, "POST", `/store/producer/orders/${p.id}/deliver`, {})
    }
    const cancel = async (who: Who, orderId: string) => {
      const p = await part(who, orderId)
      await ok(who, "POST", `/store/producer/orders/${p.id}/lines/${p.lines[0].id}/cancel`, { reason: "Hết hàng" })
    }
    const payByTransfer = async (placed: { order: { total: number }; session: { data: { reference: string } } }) => {
      const paid = await bankWebhook(
        api.defaults.baseURL as string,
        BANK_SECRET,
      )({
        transaction_id: `FT${Date.now()}${Math.random()}`.slice(0, 30),
        account_number: DEMO_VIETQR.account,
        amount: placed.order.total,
        description: placed.session.data.reference,
        transaction_date: "2026-12-07 09:00:00",
      })
      expect(paid.body.status).toBe("matched")
    }

    it("computes each producer's month from its orders, as reckoned by hand, and pays it once", async () => {
      // 1. Cash on delivery: 2 coffees (Tà Lư) and a chicken (Gà Cùa); 30.000 ₫ delivery, two parcels.
      const one = await buy([
        [COFFEE, 2],
        [CHICKEN, 1],
      ])
      expect((await part(taLu, one.order.id)).lines[0].unit_price).toBe(90_000)
      expect((await part(gaCua, one.order.id)).lines[0].unit_price).toBe(270_000)
      await deliver(taLu, one.order.id)
      await deliver(gaCua, one.order.id)
      // 2. VietQR, paid: 1 coffee, one parcel.
      const two = await buy([[COFFEE, 1]], VIETQR)
      await payByTransfer(two)
      await deliver(taLu, two.order.id)
      // 3. Cash on delivery: a chicken Gà Cùa cannot supply; nothing was paid, nothing refunded.
      const three = await buy([[CHICKEN, 1]])
      await cancel(gaCua, three.order.id)
      // 4. VietQR, paid: a chicken cancelled (refunded) and a coffee shipped but not yet delivered.
      const four = await buy(
        [
          [CHICKEN, 1],
          [COFFEE, 1],
        ],
        VIETQR,
      )
      await payByTransfer(four)
      await cancel(gaCua, four.order.id)
      const p4 = await part(taLu, four.order.id)
      await ok(taLu, "POST", `/store/producer/orders/${p4.id}/ship`, {
        carrier: "vnpost",
        tracking_number: "EB000000001VN",
      })

      const run = await ok(official(), "POST", "/admin/producers/settlements", { month })
      expect(run.month).toBe(month)
      const { statements } = await ok(official(), "GET", `/admin/producers/settlements?month=${month}`)
      const of = (name: RegExp) => statements.find((s: { producer: { name: string } }) => name.test(s.producer.name))

      // Tà Lư: orders 1 and 2 delivered (order 4 only shipped).
      //   cash 2 × 90.000 = 180.000; VietQR 1 × 90.000 = 90.000
      //   delivery: half of order 1's 30.000 = 15.000, all of order 2's 30.000 → 45.000
      //   fee 2.5 %: 180.000 → 4.500, 90.000 → 2.250 → 6.750
      //   net 180.000 + 90.000 + 45.000 − 6.750 = 308.250
      expect(of(/Ta Lư|Tà Lư/)).toMatchObject({
        status: "open",
        orders: 2,
        sales_cod: 180_000,
        sales_vietqr: 90_000,
        sales_stripe: 0,
        sales: 270_000,
        delivery_fees: 45_000,
        fee: 6_750,
        refunds: 0,
        canceled_lines: 0,
        net: 308_250,
      })
      // Gà Cùa: order 1 delivered: cash 270.000, delivery 15.000, no fee on its group → net 285.000;
      //   cancelled: orders 3 and 4, 2 × 270.000 = 540.000; refunded: order 4's 270.000 (paid by VietQR).
      expect(of(/Gà Cùa/)).toMatchObject({
        orders: 1,
        sales_cod: 270_000,
        sales_vietqr: 0,
        delivery_fees: 15_000,
        fee: 0,
        canceled_lines: 2,
        canceled_value: 540_000,
        refunds: 270_000,
        refunds_on_sales: 0,
        net: 285_000,
      })

      // The producer reads its own statement, and its lines add up to it in the CSV and the PDF.
      const mine = (await ok(taLu, "GET", "/store/producer/statements")).statements
      expect(mine.map((s: { month: string; net: number }) => [s.month, s.net])).toEqual([[month, 308_250]])
      const detail = await ok(taLu, "GET", `/store/producer/statements/${mine[0].id}`)
      const lines = detail.parts.flatMap((p: { lines: { value: number; fee: number }[] }) => p.lines)
      expect(lines.reduce((s: number, l: { value: number }) => s + l.value, 0)).toBe(270_000)
      expect(lines.reduce((s: number, l: { fee: number }) => s + l.fee, 0)).toBe(6_750)
      expect((await call(gaCua, "GET", `/store/producer/statements/${mine[0].id}`)).status).toBe(404)
      expect((await call(gaCua, "GET", `/store/producer/statements/${mine[0].id}/csv`)).status).toBe(404)

      const csv = await fetch(`${api.defaults.baseURL}/store/producer/statements/${mine[0].id}/csv`, {
        headers: { authorization: taLu.authorization!, "x-publishable-api-key": shop.publishableKey },
      })
      expect(csv.headers.get("content-type")).toMatch(/text\/csv/)
      const rows = (await csv.text())
        .replace(/^\uFEFF/, "")
        .trim()
        .split("\r\n")
        .map((r) => r.split(","))
      const value = (key: string) => Number(rows.find((r) => r[0] === key)?.[1])
      expect([value("sales_cod"), value("sales_vietqr"), value("operator_fee"), value("net_payable")]).toEqual([
        180_000, 90_000, 6_750, 308_250,
      ])
      const table = rows.slice(rows.findIndex((r) => r[0] === "order") + 1)
      expect(table.reduce((s, r) => s + Number(r[7]), 0)).toBe(270_000)
      expect(table.reduce((s, r) => s + Number(r[9]), 0)).toBe(45_000)

      const pdf = await fetch(`${api.defaults.baseURL}/store/producer/statements/${mine[0].id}/pdf?lang=en`, {
        headers: { authorization: taLu.authorization!, "x-publishable-api-key": shop.publishableKey },
      })
      const doc = await PDFDocument.load(new Uint8Array(await pdf.arrayBuffer()))
      expect(doc.getPageCount()).toBe(1)
      expect(doc.getTitle()).toMatch(/^Settlement statement · .*Ta Lư|Tà Lư/)

      // The batch file lists both payouts; Gà Cùa has no account yet, and is named as missing one.
      await ok(taLu, "POST", "/store/producer/payout-account", {
        bank_bin: "970436",
        account_number: "0071000123456",
        account_holder: "HTX NONG NGHIEP TA LU",
      })
      const batch = await fetch(`${api.defaults.baseURL}/admin/producers/settlements/batch?month=${month}`, {
        headers: { authorization: official().authorization! },
      })
      const batchRows = (await batch.text())
        .replace(/^\uFEFF/, "")
        .trim()
        .split("\r\n")
      expect(batchRows[0]).toBe("bank_bin,account_number,account_holder,amount_vnd,content,producer,statement_id,note")
      expect(batchRows.find((r) => r.includes(mine[0].id))).toMatch(
        /^970436,0071000123456,HTX NONG NGHIEP TA LU,308250,/,
      )
      expect(batchRows.find((r) => r.includes("Gà Cùa"))).toMatch(/,,,285000,.*missing payout account$/)

      // Paid once, with its reference; a second payment and a rerun leave it as paid.
      const id = mine[0].id
      const [first, second] = await Promise.all(
        ["FT26341000001", "FT26341000002"].map((reference) =>
          call(official(), "POST", `/admin/producers/statements/${id}/paid`, { reference }),
        ),
      )
      expect([first.status, second.status].sort()).toEqual([200, 409])
      await ok(taLu, "POST", `/store/producer/orders/${p4.id}/deliver`, {}) // a late delivery after payment …
      await ok(official(), "POST", "/admin/producers/settlements", { month })
      const after = (await ok(taLu, "GET", "/store/producer/statements")).statements[0]
      expect(after).toMatchObject({ status: "paid", net: 308_250 }) // … does not change a paid statement
      expect(["FT26341000001", "FT26341000002"]).toContain(after.paid_reference)
      const due = await (
        await fetch(`${api.defaults.baseURL}/admin/producers/settlements/batch?month=${month}`, {
          headers: { authorization: official().authorization! },
        })
      ).text()
      expect(due).not.toContain(id)
    })

    it("lists each producer's members, catalogue gaps and 90 days of orders, as counted by hand", async () => {
      const hours = (h: number) => h * 3_600_000
      const ago = (days: number) => new Date(Date.now() - days * 86_400_000)
      const { products } = await ok({}, "GET", "/store/products?handle=ca-phe-hat-ta-lu&fields=id,variants.id")
      const beans = products[0] as { id: string; variants: { id: string }[] }
      const container = getContainer()
      // Catalogue: the beans lose their English description, the ground coffee its photos; of the
      // beans' two variants one is set to 0 at the warehouse and one never set (the ground coffee has 50).
      const [english] = await container
        .resolve(Modules.TRANSLATION)
        .listTranslations({ reference: "product", reference_id: beans.id, locale_code: "en-US" })
      await container.resolve(Modules.TRANSLATION).deleteTranslations([english.id])
      const { data } = await container
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "product", fields: ["id"], filters: { handle: COFFEE } })
      await container.resolve(Modules.PRODUCT).updateProducts(data[0].id, { images: [] })
      await ok(taLu, "POST", "/store/producer/stock", { variant_id: beans.variants[0].id, stocked_quantity: 0 })

      // Orders: Tà Lư's parts placed 100 days ago (outside the window), then 10, 9 and 8 days ago
      // shipped after 6, 30 and 72 hours, one cancelled 2 days ago, one new with a line of two cancelled.
      const producers = producerOf(container)
      const [{ id: producerId }] = await producers.listProducers({ business_id: taLuBusiness })
      const parts: [placedDaysAgo: number, shippedAfterHours: number | null, lines: boolean[]][] = [
        [100, 200, [false]],
        [10, 6, [false, false]],
        [9, 30, [false]],
        [8, 72, [false]],
        [2, null, [true]],
        [1, null, [false, true]],
      ]
      for (const [i, [days, shipAfter, lines]] of parts.entries()) {
        const placed = ago(days)
        const [made] = await producers.createProducerOrders([
          {
            order_id: `order_health_${i}`,
            producer_id: producerId,
            display_id: 9000 + i,
            placed_at: placed,
            kind: "delivery",
            payment_method: "cod",
            status: shipAfter === null ? (lines.every(Boolean) ? "canceled" : "new") : "shipped",
            shipped_at: shipAfter === null ? null : new Date(placed.getTime() + hours(shipAfter)),
          },
        ])
        await producers.createProducerOrderLines(
          lines.map((canceled, n) => ({
            producer_order_id: made.id,
            item_id: `item_health_${i}_${n}`,
            product_id: beans.id,
            title: "Cà phê hạt",
            quantity: 1,
            unit_price: 90_000,
            canceled_at: canceled ? placed : null,
          })),
        )
      }

      const listed = await ok(official(), "GET", "/admin/producers")
      const of = (name: RegExp) => listed.producers.find((p: { subject_name: string }) => name.test(p.subject_name))
      // In the window: 5 parts, 3 shipped (median of 6, 30, 72 hours = 30); 7 lines, 2 cancelled.
      expect(of(/Ta Lư|Tà Lư/)).toMatchObject({
        members_count: 1,
        health: {
          catalogue: { products: 2, missing_english: 1, missing_photos: 1, variants: 3, out_of_stock: 2 },
          orders: {
            parts: 5,
            shipped: 3,
            median_ship_hours: 30,
            lines: 7,
            canceled_lines: 2,
            cancellation_rate: 0.2857,
          },
          concerns: ["missing_english", "missing_photos", "out_of_stock", "many_cancellations"],
        },
      })
      // Gà Cùa: its one product whole and stocked, no orders: nothing to look at, no rate made up.
      expect(of(/Gà Cùa/).health).toEqual({
        catalogue: { products: 1, missing_english: 0, missing_photos: 0, variants: 1, out_of_stock: 0 },
        orders: { parts: 0, shipped: 0, median_ship_hours: null, lines: 0, canceled_lines: 0, cancellation_rate: null },
        concerns: [],
      })

      // Pages: the count is every open producer's, a page holds `limit` of them.
      const page = await ok(official(), "GET", "/admin/producers?limit=1&offset=1")
      expect([page.count, page.producers.length, page.producers[0].id]).toEqual([
        listed.count,
        1,
        listed.producers[1].id,
      ])
      expect(listed.count).toBe(listed.producers.length)
      for (const bad of ["limit=0", "limit=101", "offset=-1", "limit=x"]) {
        const res = await call(official(), "GET", `/admin/producers?${bad}`)
        expect([res.status, res.body.message]).toEqual([400, expect.stringMatching(/limit|offset/)])
      }
    })

    it("refuses a bad month, reference or payout account with a message, and staff setting the account", async () => {
      for (const month of ["2026-13", "12-2026", ""])
        expect((await call(official(), "POST", "/admin/producers/settlements", { month })).status).toBe(400)
      expect((await call(official(), "GET", "/admin/producers/settlements?month=2026")).status).toBe(400)
      const bad = await call(official(), "POST", "/admin/producers/statements/pstm_nope/paid", {
        reference: "<b>x</b>",
      })
      expect(bad.status).toBe(400)
      expect(
        (await call(official(), "POST", "/admin/producers/statements/pstm_nope/paid", { reference: "FT0001" })).status,
      ).toBe(404)
      const cases: [Record<string, unknown>, RegExp][] = [
        [{ bank_bin: "123456", account_number: "0071000123456", account_holder: "A B" }, /bank_bin/],
        [{ bank_bin: "970436", account_number: "00-71", account_holder: "A B" }, /account_number/],
        [{ bank_bin: "970436", account_number: "0071000123456", account_holder: "<script>" }, /account_holder/],
      ]
      for (const [body, message] of cases) {
        const res = await call(gaCua, "POST", "/store/producer/payout-account", body)
        expect(res.status).toBe(400)
        expect(res.body.message).toMatch(message)
      }
      expect((await ok(gaCua, "GET", "/store/producer/payout-account")).payout_account).toBeNull()
      expect((await call(gaCua, "GET", "/store/producer/statements/x/pdf?lang=fr")).status).toBe(400)
    })
  },
})
