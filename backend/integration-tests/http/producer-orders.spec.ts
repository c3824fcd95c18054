import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { ORDER_ACCESS_HEADER } from "@ocop/core"
import { integrationTestRunner } from "../helpers/runner"
import { seedDemoShop } from "../helpers/demo"
import { placeOrder } from "../helpers/orders"
import { bankWebhook, orderPayment } from "../helpers/payments"
import { portalClient, type Who } from "../helpers/portal"
import { TEST_ADDRESS } from "../../../test/support/store-client"
import { DEMO_VIETQR } from "../../src/modules/vietqr-payment/options"
import { warehouseOf } from "../../src/workflows/producer-stock/steps/ensure-warehouse"

const BANK_SECRET = "producer-orders-bank-secret"
const COD = "pp_system_default"
const VIETQR = "pp_vietqr_vietqr"

type Part = {
  id: string
  order_id: string
  display_id: number
  status: string
  subtotal: number
  lines: {
    id: string
    title: string
    quantity: number
    unit_price: number
    canceled_at: string | null
    refunded: number
  }[]
  carrier: string | null
  tracking_number: string | null
  delivery?: { kind: string; name?: string; phone?: string | null; address?: string; sales_point?: string } | null
  location?: string | null
}

/**
 * Orders routed to producers (docs/producers.md, "Orders"): a placed order becomes one part per
 * producer, each producer sees and ships only its own, through Medusa's fulfilments from its
 * location; a line it cannot supply is cancelled through Medusa's order edit and refunded where paid;
 * the shopper reads each shipment.
 */
integrationTestRunner({
  inApp: true,
  sharedDemoShop: true,
  env: { VIETQR_WEBHOOK_SECRET: BANK_SECRET },
  testSuite: ({ api, getContainer }) => {
    let shop: Awaited<ReturnType<typeof seedDemoShop>>
    const { call, ok, customer, business } = portalClient(api, getContainer, () => shop)
    let taLu: Who
    let gaCua: Who
    const variants: Record<string, string> = {}

    beforeAll(async () => {
      shop = await seedDemoShop(getContainer(), api)
      taLu = (await business("don-ta-lu@example.vn", "3200880101", "producer", "ta-lu")).who
      gaCua = (await business("don-ga-cua@example.vn", "3200880102", "producer", "ga-cua-tam-bac")).who
      for (const [who, handle] of [
        [taLu, "ca-phe-bot-ta-lu"],
        [gaCua, "ga-cua-tam-bac"],
      ] as const) {
        const { products } = await ok({}, "GET", `/store/products?handle=${handle}&fields=variants.id`)
        variants[handle] = products[0].variants[0].id
        // Each producer holds stock at its own warehouse, where its parts ship from.
        await ok(who, "POST", "/store/producer/stock", { variant_id: variants[handle], stocked_quantity: 20 })
      }
    })

    /** A guest's order of the given products (by handle), delivered (or picked up) and paid by `provider`. */
    const order = (lines: [string, number][], provider = COD, shipping = /Giao hàng tận nơi/) =>
      placeOrder({ ok }, getContainer, {
        regionId: shop.regionId,
        lines: lines.map(([handle, quantity]) => [variants[handle], quantity]),
        provider,
        shipping,
      })
    const partOf = async (who: Who, orderId: string): Promise<Part> => {
      const { orders } = await ok(who, "GET", "/store/producer/orders?limit=100")
      const found = (orders as Part[]).find((o) => o.order_id === orderId)
      if (!found) throw new Error(`no part of ${orderId}`)
      return (await ok(who, "GET", `/store/producer/orders/${found.id}`)).order
    }
    const shipmentsOf = async (o: { id: string; display_id: number; email: string }) => {
      const { token } = await ok({}, "POST", "/store/ocop/order-access/lookup", {
        display_id: o.display_id,
        email: o.email,
      })
      const res = await fetch(`${api.defaults.baseURL}/store/ocop/orders/${o.id}/shipments`, {
        headers: { "x-publishable-api-key": shop.publishableKey, [ORDER_ACCESS_HEADER]: token },
      })
      return (
        (await res.json()) as {
          shipments: { producer: { name: string }; status: string; tracking_number: string | null }[]
        }
      ).shipments
    }
    const mails = (to: string, template: string) =>
      getContainer().resolve(Modules.NOTIFICATION).listNotifications({ to, template })
    const levelAt = async (variantHandle: string, locationId: string) => {
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({
          entity: "variant",
          fields: ["inventory_items.inventory_item_id"],
          filters: { id: variants[variantHandle] },
        })
      const item = (data[0] as { inventory_items: { inventory_item_id: string }[] }).inventory_items[0]
        .inventory_item_id
      const [level] = await getContainer()
        .resolve(Modules.INVENTORY)
        .listInventoryLevels({ inventory_item_id: item, location_id: locationId })
      return { stocked: Number(level.stocked_quantity), reserved: Number(level.reserved_quantity) }
    }

    it("gives each producer its own part, ships it from its warehouse with a tracking number, and the shopper sees both shipments", async () => {
      const taLuWarehouse = (await warehouseOf(
        getContainer(),
        (await ok(taLu, "GET", "/store/producer")).workspace.producer.id,
      ))!
      const before = await levelAt("ca-phe-bot-ta-lu", taLuWarehouse.id)
      const { order: placed } = await order([
        ["ca-phe-bot-ta-lu", 2],
        ["ga-cua-tam-bac", 1],
      ])
      const mine = await partOf(taLu, placed.id)
      const theirs = await partOf(gaCua, placed.id)
      // Each sees only its own line; the delivery fee is shared between the two parcels.
      expect(mine.lines.map((l) => [l.quantity])).toEqual([[2]])
      expect(theirs.lines).toHaveLength(1)
      expect(mine.subtotal + theirs.subtotal).toBe(Number(placed.item_total))
      // Only what shipping needs: the recipient, phone and address; no e-mail, no other producer's line.
      expect(mine.delivery).toEqual({
        kind: "delivery",
        name: "Thử nghiệm Khách",
        phone: TEST_ADDRESS.phone,
        address: `${TEST_ADDRESS.address_1}, ${TEST_ADDRESS.city}, ${TEST_ADDRESS.province}`,
      })
      expect(JSON.stringify(mine)).not.toContain("mua-hai@example.vn")
      expect(mine.location).toBe(taLuWarehouse.name)
      // The reservation moved to the producer's warehouse, where the stock is.
      expect(await levelAt("ca-phe-bot-ta-lu", taLuWarehouse.id)).toEqual({
        stocked: before.stocked,
        reserved: before.reserved + 2,
      })
      // Another producer's part is unknown; and the members heard of the new order.
      expect((await call(gaCua, "GET", `/store/producer/orders/${mine.id}`)).status).toBe(404)
      expect(
        (
          await call(gaCua, "POST", `/store/producer/orders/${mine.id}/ship`, {
            carrier: "ghn",
            tracking_number: "GHN123456",
          })
        ).status,
      ).toBe(404)
      expect(await mails("don-ta-lu@example.vn", "producer-order-placed")).toContainEqual(
        expect.objectContaining({ resource_id: mine.id }),
      )

      await ok(taLu, "POST", `/store/producer/orders/${mine.id}/confirm`, {})
      const shipped = (
        await ok(taLu, "POST", `/store/producer/orders/${mine.id}/ship`, {
          carrier: "ghn",
          tracking_number: "GHN-8812345",
        })
      ).order
      expect(shipped).toMatchObject({ status: "shipped", carrier: "ghn", tracking_number: "GHN-8812345" })
      // Medusa's fulfilment from the warehouse: the stock left it, the reservation was released.
      expect(await levelAt("ca-phe-bot-ta-lu", taLuWarehouse.id)).toEqual({
        stocked: before.stocked - 2,
        reserved: before.reserved,
      })
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({
          entity: "order",
          fields: [
            "fulfillments.location_id",
            "fulfillments.shipped_at",
            "fulfillments.labels.tracking_number",
            "fulfillments.items.line_item_id",
          ],
          filters: { id: placed.id },
        })
      const [fulfillment] = (
        data[0] as {
          fulfillments: {
            location_id: string
            shipped_at: unknown
            labels: { tracking_number: string }[]
            items: { line_item_id: string }[]
          }[]
        }
      ).fulfillments
      expect(fulfillment).toMatchObject({ location_id: taLuWarehouse.id, labels: [{ tracking_number: "GHN-8812345" }] })
      expect(fulfillment.shipped_at).toBeTruthy()
      expect(fulfillment.items).toHaveLength(1)

      const shipments = await shipmentsOf(placed)
      expect(shipments.map((s) => [s.status, s.tracking_number]).sort()).toEqual([
        ["new", null],
        ["shipped", "GHN-8812345"],
      ])
      expect(shipments.map((s) => s.producer.name).join()).toMatch(/Tà Lư|Ta Lư/)
      await ok(taLu, "POST", `/store/producer/orders/${mine.id}/deliver`, {})
      expect((await call(taLu, "POST", `/store/producer/orders/${mine.id}/deliver`, {})).status).toBe(409)
      // Delivered: the producer no longer needs the address.
      expect((await partOf(taLu, placed.id)).delivery).toBeNull()
      const shopperMails = await getContainer()
        .resolve(Modules.NOTIFICATION)
        .listNotifications({ to: "mua-hai@example.vn" })
      expect(shopperMails.map((m) => m.template)).toEqual(
        expect.arrayContaining(["order-shipment-shipped", "order-shipment-delivered"]),
      )
    })

    it("for pickup shows the producer the sales point and no address", async () => {
      const { order: placed } = await order([["ga-cua-tam-bac", 1]], COD, /^Nhận tại/)
      const part = await partOf(gaCua, placed.id)
      expect(part.delivery).toMatchObject({ kind: "pickup", sales_point: expect.any(String) })
      expect(JSON.stringify(part)).not.toContain(TEST_ADDRESS.address_1)
      expect(JSON.stringify(part)).not.toContain(TEST_ADDRESS.phone)
    })

    it("cancels a line it cannot supply through Medusa's order edit, refunds a paid order once, and refuses after shipping", async () => {
      const { order: placed, session } = await order(
        [
          ["ca-phe-bot-ta-lu", 1],
          ["ga-cua-tam-bac", 1],
        ],
        VIETQR,
      )
      const bank = bankWebhook(api.defaults.baseURL as string, BANK_SECRET)
      const paid = await bank({
        transaction_id: `FT${Date.now()}`,
        account_number: DEMO_VIETQR.account,
        amount: placed.total,
        description: session.data.reference,
        transaction_date: "2026-12-07 10:00:00",
      })
      expect(paid.body.status).toBe("matched")
      const part = await partOf(gaCua, placed.id)
      const line = part.lines[0]
      const canceled = (
        await ok(gaCua, "POST", `/store/producer/orders/${part.id}/lines/${line.id}/cancel`, {
          reason: "Hết hàng vụ này",
        })
      ).order as Part
      expect(canceled.status).toBe("canceled")
      expect(canceled.lines[0]).toMatchObject({ refunded: line.unit_price, canceled_at: expect.any(String) })
      // Medusa's order: the line's quantity is 0, the total fell by its value, and the refund is recorded once.
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({
          entity: "order",
          fields: ["total", "items.id", "items.quantity"],
          filters: { id: placed.id },
        })
      const edited = data[0] as { total: number; items: { id: string; quantity: number }[] }
      expect(Number(edited.total)).toBe(Number(placed.total) - line.unit_price)
      const payment = await orderPayment(getContainer(), placed.id)
      const { data: refunds } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({
          entity: "payment",
          fields: ["refunds.amount"],
          filters: { id: payment.id },
        })
      expect((refunds[0] as { refunds: { amount: number }[] }).refunds.map((r) => Number(r.amount))).toEqual([
        line.unit_price,
      ])
      const told = await mails("mua-hai@example.vn", "order-line-canceled")
      expect(told.find((m) => m.resource_id === placed.id)?.data).toMatchObject({
        reason: "Hết hàng vụ này",
        refunded: line.unit_price,
      })
      // The other producer's part is untouched; once shipped, its line cannot be cancelled.
      const other = await partOf(taLu, placed.id)
      await ok(taLu, "POST", `/store/producer/orders/${other.id}/ship`, {
        carrier: "own",
        tracking_number: "TU-GIAO-01",
      })
      const late = await call(taLu, "POST", `/store/producer/orders/${other.id}/lines/${other.lines[0].id}/cancel`, {
        reason: "Quá muộn",
      })
      expect(late).toMatchObject({ status: 409, body: { message: expect.stringMatching(/shipped/) } })
    })

    it("races: the owner and a staff member shipping one part at once ship it once; a cancellation while the shopper pays refunds once", async () => {
      // Tà Lư's owner and a staff member it invited both ship the same part at the same moment.
      await ok(taLu, "POST", "/store/producer/invites", { email: "nv-ta-lu@example.vn", locale: "vi" })
      const [invite] = await getContainer()
        .resolve(Modules.NOTIFICATION)
        .listNotifications({ to: "nv-ta-lu@example.vn", template: "producer-invite" })
      const staff = await customer("nv-ta-lu@example.vn")
      await ok(staff, "POST", "/store/producer-invites/accept", {
        token: new URL(String(invite.data?.accept_url)).searchParams.get("token"),
        accept_operating_rules: true,
      })
      const { order: placed } = await order([["ca-phe-bot-ta-lu", 1]])
      const part = await partOf(taLu, placed.id)
      const both = await Promise.all(
        (
          [
            [taLu, "GHTK-000001"],
            [staff, "GHTK-000002"],
          ] as const
        ).map(([who, n]) =>
          call(who, "POST", `/store/producer/orders/${part.id}/ship`, { carrier: "ghtk", tracking_number: n }),
        ),
      )
      expect(both.map((r) => r.status).sort()).toEqual([200, 409])
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({
          entity: "order",
          fields: ["fulfillments.id", "fulfillments.labels.tracking_number"],
          filters: { id: placed.id },
        })
      const fulfillments = (data[0] as { fulfillments: { labels: { tracking_number: string }[] }[] }).fulfillments
      expect(fulfillments).toHaveLength(1)
      expect(fulfillments[0].labels[0].tracking_number).toBe((await partOf(taLu, placed.id)).tracking_number)

      const { order: paying, session } = await order(
        [
          ["ga-cua-tam-bac", 1],
          ["ca-phe-bot-ta-lu", 1],
        ],
        VIETQR,
      )
      const cancelable = await partOf(gaCua, paying.id)
      const bank = bankWebhook(api.defaults.baseURL as string, BANK_SECRET)
      const [canceled, transfer] = await Promise.all([
        call(gaCua, "POST", `/store/producer/orders/${cancelable.id}/lines/${cancelable.lines[0].id}/cancel`, {
          reason: "Không đủ hàng",
        }),
        bank({
          transaction_id: `FT${Date.now()}race`,
          account_number: DEMO_VIETQR.account,
          amount: paying.total,
          description: session.data.reference,
          transaction_date: "2026-12-07 10:05:00",
        }),
      ])
      expect(canceled.status).toBe(200)
      expect(transfer.body.status).toBe("matched")
      // Whichever came second refunded: exactly one refund of the line's value, recorded on the line.
      const payment = await orderPayment(getContainer(), paying.id)
      let refunds: number[] = []
      for (let i = 0; i < 50 && refunds.length === 0; i++) {
        const { data: rows } = await getContainer()
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({
            entity: "payment",
            fields: ["refunds.amount"],
            filters: { id: payment.id },
          })
        refunds = (rows[0] as { refunds: { amount: number }[] }).refunds.map((r) => Number(r.amount))
        if (!refunds.length) await new Promise((r) => setTimeout(r, 100))
      }
      await new Promise((r) => setTimeout(r, 500))
      const { data: settled } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({
          entity: "payment",
          fields: ["refunds.amount"],
          filters: { id: payment.id },
        })
      expect((settled[0] as { refunds: { amount: number }[] }).refunds.map((r) => Number(r.amount))).toEqual([
        cancelable.lines[0].unit_price,
      ])
      expect((await partOf(gaCua, paying.id)).lines[0].refunded).toBe(cancelable.lines[0].unit_price)
    })

    it("refuses bad input with a message and changes nothing; anyone but its members is refused", async () => {
      const { order: placed } = await order([["ga-cua-tam-bac", 1]])
      const part = await partOf(gaCua, placed.id)
      const ship = (body: unknown) => call(gaCua, "POST", `/store/producer/orders/${part.id}/ship`, body)
      const cases: [unknown, RegExp][] = [
        [{ carrier: "ghn", tracking_number: "<script>alert(1)</script>" }, /tracking_number/],
        [{ carrier: "ghn", tracking_number: "12" }, /tracking_number/],
        [{ carrier: "dhl", tracking_number: "DHL123456" }, /carrier/],
        [{ carrier: "ghn" }, /tracking_number/],
        [{ carrier: "ghn", tracking_number: "GHN123456", status: "delivered" }, /status|Unrecognized/i],
      ]
      for (const [body, message] of cases) {
        const res = await ship(body)
        expect(res.status, JSON.stringify(body)).toBe(400)
        expect(res.body.message).toMatch(message)
      }
      const cancel = (body: unknown) =>
        call(gaCua, "POST", `/store/producer/orders/${part.id}/lines/${part.lines[0].id}/cancel`, body)
      for (const body of [{}, { reason: "" }, { reason: "x".repeat(501) }, { reason: 5 }])
        expect((await cancel(body)).status, JSON.stringify(body)).toBe(400)
      expect((await call(gaCua, "GET", "/store/producer/orders?status=lost")).status).toBe(400)
      expect((await call(gaCua, "GET", "/store/producer/orders?limit=1000")).status).toBe(400)
      const after = await partOf(gaCua, placed.id)
      expect(after).toMatchObject({ status: "new", carrier: null, tracking_number: null })
      expect(after.lines[0].canceled_at).toBeNull()

      // Anonymous 401; a shopper acting for no producer 403; a stranger to the order reads no shipments.
      expect((await call({}, "GET", "/store/producer/orders")).status).toBe(401)
      const shopper = await customer("khong-phai-nsx@example.vn")
      expect((await call(shopper, "GET", "/store/producer/orders")).status).toBe(403)
      expect((await call(shopper, "GET", `/store/ocop/orders/${placed.id}/shipments`)).status).toBe(404)
      expect((await call({}, "GET", `/store/ocop/orders/${placed.id}/shipments`)).status).toBe(404)
    })
  },
})
