import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { PRODUCER_STOCK_MAX } from "@ocop/core"
import { integrationTestRunner } from "../helpers/runner"
import { seedDemoShop } from "../helpers/demo"
import { portalClient, type Who } from "../helpers/portal"
import producerWarehouses from "../../src/migration-scripts/producer-warehouses"
import { PRODUCER_MODULE } from "../../src/modules/producer/name"
import { producerOf } from "../../src/workflows/producer/steps/producer-of"
import { warehouseOf } from "../../src/workflows/producer-stock/steps/ensure-warehouse"

type Row = {
  product: { handle: string }
  variant: { id: string; sku: string | null }
  inventory_item_id: string
  warehouse: { stocked: number; reserved: number; available: number } | null
  sales_points: { location_id: string; key: string; name: string; stocked: number; available: number }[]
}

/**
 * A producer's stock (docs/producers.md): its own warehouse from verification, counted by the
 * storefront as any stock location; it sets its levels there, sees the sales points' (read-only),
 * and never touches another producer's items.
 */
integrationTestRunner({
  inApp: true,
  sharedDemoShop: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let shop: Awaited<ReturnType<typeof seedDemoShop>>
    const { official, call, ok, customer, business } = portalClient(api, getContainer, () => shop)
    let owner: Who
    let other: Who

    beforeAll(async () => {
      shop = await seedDemoShop(getContainer(), api)
      owner = (await business("kho-ta-lu@example.vn", "3200770101", "producer", "ta-lu")).who
      other = (await business("kho-ga-cua@example.vn", "3200770102", "producer", "ga-cua-tam-bac")).who
    })

    const stock = async (who: Who) =>
      (await ok(who, "GET", "/store/producer/stock")) as { warehouse: { id: string; name: string }; rows: Row[] }
    const rowOf = async (who: Who, sku: string) => (await stock(who)).rows.find((r) => r.variant.sku === sku)!
    const set = (who: Who, body: Record<string, unknown>) => call(who, "POST", "/store/producer/stock", body)

    /** The levels of an item everywhere but `keep`, zeroed: the demo stocks every variant at every location. */
    async function onlyAt(itemId: string, keep: string) {
      const inventory = getContainer().resolve(Modules.INVENTORY)
      const levels = await inventory.listInventoryLevels({ inventory_item_id: itemId })
      await inventory.updateInventoryLevels(
        levels
          .filter((l) => l.location_id !== keep)
          .map((l) => ({ inventory_item_id: itemId, location_id: l.location_id, stocked_quantity: 0 })),
      )
    }

    it("gives a producer its own warehouse at verification, counted by the shop's sales channel, the demo's and earlier ones too", async () => {
      const { warehouse, rows } = await stock(owner)
      expect(warehouse.name).toMatch(/^Kho · .*Ta Lư/)
      expect(rows.map((r) => r.product.handle).sort()).toEqual(
        ["ca-phe-bot-ta-lu", "ca-phe-hat-ta-lu", "ca-phe-hat-ta-lu"].sort(),
      )
      expect(rows.every((r) => r.warehouse === null)).toBe(true)
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const [store] = await getContainer().resolve(Modules.STORE).listStores({})
      const { data: locations } = await query.graph({
        entity: "stock_location",
        fields: ["id", "sales_channels.id"],
        filters: { id: warehouse.id },
      })
      expect(
        (locations[0] as unknown as { sales_channels: { id: string }[] }).sales_channels.map((c) => c.id),
      ).toContain(store.default_sales_channel_id)

      // The demo's producers were verified through the same workflow; an earlier one gets its
      // warehouse from the db:migrate script, once.
      const producers = producerOf(getContainer())
      const [demo] = await producers.listProducerMembers({ email: "tung-van@demo.ocop.local" })
      const demoWarehouse = () => warehouseOf(getContainer(), demo.producer_id)
      const seeded = await demoWarehouse()
      expect(seeded?.id).toBeTruthy()
      await getContainer()
        .resolve(ContainerRegistrationKeys.LINK)
        .dismiss({
          [PRODUCER_MODULE]: { producer_id: demo.producer_id },
          [Modules.STOCK_LOCATION]: { stock_location_id: seeded!.id },
        })
      expect(await demoWarehouse()).toBeNull()
      await producerWarehouses({ container: getContainer() })
      const again = await demoWarehouse()
      await producerWarehouses({ container: getContainer() })
      expect(again?.id).toBeTruthy()
      expect((await demoWarehouse())?.id).toBe(again!.id)
    })

    it("sets the warehouse's level, and the storefront sells up to it, as Medusa does, no more", async () => {
      const { warehouse } = await stock(owner)
      const row = await rowOf(owner, "QT-TALU-HAT-250G")
      await onlyAt(row.inventory_item_id, warehouse.id)
      const inStock = async () =>
        (
          await ok(
            {},
            "GET",
            `/store/products?handle=ca-phe-hat-ta-lu&fields=variants.sku,+variants.inventory_quantity`,
          )
        ).products[0].variants.find((v: { sku: string }) => v.sku === "QT-TALU-HAT-250G").inventory_quantity
      expect(await inStock()).toBe(0)

      const done = await set(owner, { variant_id: row.variant.id, stocked_quantity: 3 })
      expect(done.status).toBe(200)
      expect(done.body).toMatchObject({ location_id: warehouse.id, level: { stocked: 3, reserved: 0, available: 3 } })
      expect((await rowOf(owner, "QT-TALU-HAT-250G")).warehouse).toEqual({ stocked: 3, reserved: 0, available: 3 })
      expect(await inStock()).toBe(3)

      const { cart } = await ok({}, "POST", "/store/carts", { region_id: shop.regionId })
      const add = (quantity: number) =>
        call({}, "POST", `/store/carts/${cart.id}/line-items`, { variant_id: row.variant.id, quantity })
      expect((await add(3)).status).toBe(200)
      const beyond = await add(1)
      expect(beyond.status).toBe(400)
      expect(beyond.body.message).toMatch(/inventory/i)

      // By inventory item too; back to zero, the storefront has none to sell.
      expect((await set(owner, { inventory_item_id: row.inventory_item_id, stocked_quantity: 0 })).status).toBe(200)
      expect(await inStock()).toBe(0)
    })

    it("shows the sales points' levels of its items but never sets them", async () => {
      const row = await rowOf(owner, "QT-TALU-HAT-250G")
      const point = row.sales_points[0]
      expect(point).toMatchObject({ key: expect.any(String), name: expect.stringMatching(/Điểm bán/) })
      // An official consigns 5 there (Medusa's admin); the producer reads it.
      await ok(
        official(),
        "POST",
        `/admin/inventory-items/${row.inventory_item_id}/location-levels/${point.location_id}`,
        {
          stocked_quantity: 5,
        },
      )
      const seen = (await rowOf(owner, "QT-TALU-HAT-250G")).sales_points.find(
        (p) => p.location_id === point.location_id,
      )
      expect(seen).toMatchObject({ stocked: 5, available: 5 })
      const refused = await set(owner, {
        variant_id: row.variant.id,
        location_id: point.location_id,
        stocked_quantity: 50,
      })
      expect(refused.status).toBe(400)
      expect(refused.body.message).toMatch(/own warehouse only/)
      const after = (await rowOf(owner, "QT-TALU-HAT-250G")).sales_points.find(
        (p) => p.location_id === point.location_id,
      )
      expect(after?.stocked).toBe(5)
    })

    it("refuses another producer's items with 404, and lets the producer's staff set its own", async () => {
      const mine = await rowOf(owner, "QT-TALU-HAT-500G")
      const theirs = (await stock(other)).rows[0]
      expect((await stock(other)).rows.map((r) => r.product.handle)).toEqual(["ga-cua-tam-bac"])
      for (const body of [
        { variant_id: mine.variant.id, stocked_quantity: 9 },
        { inventory_item_id: mine.inventory_item_id, stocked_quantity: 9 },
      ]) {
        const r = await set(other, body)
        expect(r.status).toBe(404)
      }
      expect((await set(owner, { variant_id: theirs.variant.id, stocked_quantity: 9 })).status).toBe(404)
      expect((await rowOf(owner, "QT-TALU-HAT-500G")).warehouse).toBeNull()

      await ok(owner, "POST", "/store/producer/invites", { email: "kho-nhan-vien@example.vn", locale: "vi" })
      const [sent] = await getContainer()
        .resolve(Modules.NOTIFICATION)
        .listNotifications({ to: "kho-nhan-vien@example.vn", template: "producer-invite" })
      const staff = await customer("kho-nhan-vien@example.vn")
      const token = new URL(String(sent.data?.accept_url)).searchParams.get("token")
      await ok(staff, "POST", "/store/producer-invites/accept", { token, accept_operating_rules: true })
      expect((await set(staff, { variant_id: mine.variant.id, stocked_quantity: 12 })).status).toBe(200)
      expect((await rowOf(owner, "QT-TALU-HAT-500G")).warehouse?.stocked).toBe(12)
    })

    it("ends two sets at once in one of the two values, the first level included", async () => {
      const target = await rowOf(owner, "QT-TALU-BOT-250G")
      expect(target.warehouse).toBeNull()
      const both = await Promise.all([
        set(owner, { variant_id: target.variant.id, stocked_quantity: 7 }),
        set(owner, { variant_id: target.variant.id, stocked_quantity: 9 }),
      ])
      expect(both.map((r) => r.status)).toEqual([200, 200])
      const after = (await stock(owner)).rows.find((r) => r.variant.id === target.variant.id)!
      expect([7, 9]).toContain(after.warehouse?.stocked)
      const levels = await getContainer()
        .resolve(Modules.INVENTORY)
        .listInventoryLevels({
          inventory_item_id: target.inventory_item_id,
          location_id: (await stock(owner)).warehouse.id,
        })
      expect(levels).toHaveLength(1)
    })

    it("refuses bad input with a message, and a suspended producer with 403", async () => {
      const row = await rowOf(owner, "QT-TALU-HAT-250G")
      const cases: [Record<string, unknown>, RegExp][] = [
        [{ variant_id: row.variant.id, stocked_quantity: -1 }, /below zero/],
        [{ variant_id: row.variant.id, stocked_quantity: 1.5 }, /whole number/],
        [{ variant_id: row.variant.id, stocked_quantity: PRODUCER_STOCK_MAX + 1 }, /cannot be above/],
        [{ variant_id: row.variant.id, stocked_quantity: "5" }, /must be a number/],
        [{ variant_id: row.variant.id, stocked_quantity: 5, reserved_quantity: 0 }, /reserved_quantity/],
        [{ stocked_quantity: 5 }, /inventory_item_id or variant_id/],
        [{ variant_id: row.variant.id, inventory_item_id: row.inventory_item_id, stocked_quantity: 5 }, /one of them/],
      ]
      for (const [body, message] of cases) {
        const r = await set(owner, body)
        expect([r.status, r.body.message]).toEqual([400, expect.stringMatching(message)])
      }
      // Nothing half-written: the warehouse still has no level of the item.
      expect((await rowOf(owner, "QT-TALU-HAT-250G")).warehouse).toBeNull()

      const { workspace } = await ok(other, "GET", "/store/producer")
      await ok(official(), "POST", `/admin/producers/${workspace.producer.id}/suspend`, { reason: "Kiểm tra kho" })
      const theirs = await call(other, "GET", "/store/producer/stock")
      expect([theirs.status, theirs.body.code]).toEqual([403, "producer_suspended"])
      expect(
        (await call(other, "POST", "/store/producer/stock", { variant_id: "x", stocked_quantity: 1 })).status,
      ).toBe(403)
      await ok(official(), "POST", `/admin/producers/${workspace.producer.id}/restore`, {})
      expect((await call(other, "GET", "/store/producer/stock")).status).toBe(200)
    })
  },
})
