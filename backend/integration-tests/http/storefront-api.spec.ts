import { integrationTestRunner } from "../helpers/runner"
import { Modules } from "@medusajs/framework/utils"
import { listingDecision } from "@ocop/core"
import path from "node:path"
import seed from "../../src/scripts/seed"
import { PRODUCER_MODULE } from "../../src/modules/producer"
import type ProducerModuleService from "../../src/modules/producer/service"
import { STOREFRONT_CHANNEL } from "../../src/seed/commerce-setup"
import { loadDataset } from "../../src/seed/dataset"
import { storeClient } from "../../../test/support/store-client"

const SEED_DIR = path.resolve(__dirname, "../../../seed/data")
process.env.OCOP_SEED_DIR = SEED_DIR

integrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    const data = loadDataset(SEED_DIR)
    const expectedListed = data.products.filter((p) => listingDecision([p.certificate], data.frameworks).listed)
    const expectedHidden = data.products.filter((p) => !expectedListed.includes(p))
    let key: string
    let regionId: string

    beforeAll(async () => {
      const container = getContainer()
      await seed({ container, args: [] })
      const [apiKey] = await container
        .resolve(Modules.API_KEY)
        .listApiKeys({ type: "publishable", title: STOREFRONT_CHANNEL })
      key = apiKey.token
      const [region] = await container.resolve(Modules.REGION).listRegions({ name: "Việt Nam" })
      regionId = region.id
    })

    const store = () => storeClient(api.defaults.baseURL as string, key)

    it("answers /health", async () => {
      expect((await api.get("/health")).status).toBe(200)
    })

    it("refuses store requests without the publishable key", async () => {
      const res = await api.get("/store/products").catch((e: { response: { status: number } }) => e.response)
      expect(res.status).toBe(400)
    })

    it("lists exactly the products whose certificate allows it", async () => {
      const { products, count } = await store().call("GET", "/store/products?limit=100&fields=handle")
      expect(count).toBe(expectedListed.length)
      expect(products.map((p: { handle: string }) => p.handle).sort()).toEqual(
        expectedListed.map((p) => p.handle).sort(),
      )
      expect(expectedHidden.length).toBeGreaterThanOrEqual(7)
      for (const hidden of expectedHidden) {
        const res = await store().call("GET", `/store/products?handle=${hidden.handle}`)
        expect(res.products).toEqual([])
      }
    })

    it("sells through one sales channel, so the Store API skips its per-request channel filter", async () => {
      // With a second channel, Medusa lists every product id of the channel on each request.
      const channels = await getContainer().resolve(Modules.SALES_CHANNEL).listSalesChannels({})
      expect(channels.map((c) => c.name)).toEqual([STOREFRONT_CHANNEL])
    })

    it("prices in whole đồng, VAT included, for the Vietnam region", async () => {
      const product = expectedListed[0]
      const { products } = await store().call(
        "GET",
        `/store/products?handle=${product.handle}&region_id=${regionId}&fields=*variants.calculated_price`,
      )
      const variant = products[0].variants.find((v: { sku: string }) => v.sku === product.variants[0].sku)
      expect(variant.calculated_price.currency_code).toBe("vnd")
      expect(variant.calculated_price.calculated_amount).toBe(product.variants[0].price)
      expect(variant.calculated_price.is_calculated_price_tax_inclusive).toBe(true)
    })

    it("serves the English title through Medusa's translations", async () => {
      const product = expectedListed[0]
      const { products } = await store().call("GET", `/store/products?handle=${product.handle}&locale=en-US`)
      expect(products[0].title).toBe(product.title_en)
      const vi = await store().call("GET", `/store/products?handle=${product.handle}`)
      expect(vi.products[0].title).toBe(product.title)
    })

    it("checks out with cash on delivery and e-mails the order confirmation", async () => {
      const product = expectedListed.find((p) => p.kind === "goods")!
      const { products } = await store().call(
        "GET",
        `/store/products?handle=${product.handle}&fields=variants.id,variants.sku`,
      )
      const variant = products[0].variants.find((v: { sku: string }) => v.sku === product.variants[0].sku)
      const { order, shippingOption } = await store().checkoutCashOnDelivery({
        regionId,
        variantId: variant.id,
        email: "khach@example.vn",
        shippingOption: /Giao hàng tận nơi/,
      })
      expect(shippingOption.amount).toBe(30000)
      expect(order.total).toBe(product.variants[0].price + 30000)
      const notifications = getContainer().resolve(Modules.NOTIFICATION)
      await expect
        .poll(async () => (await notifications.listNotifications({ resource_id: order.id })).map((n) => n.template), {
          timeout: 10_000,
        })
        .toEqual(["order-placed"])
    })

    it("offers pickup at each OCOP sales point", async () => {
      const { cart } = await store().call("POST", "/store/carts", { region_id: regionId })
      const { shipping_options } = await store().call("GET", `/store/shipping-options?cart_id=${cart.id}`)
      const names = shipping_options.map((o: { name: string }) => o.name)
      for (const point of data.salesPoints) expect(names).toContain(`Nhận tại ${point.name}`)
    })

    it("serves the OCOP legal frameworks from the plugin", async () => {
      const { frameworks } = await store().call("GET", "/store/ocop/frameworks")
      expect(frameworks.map((f: { code: string }) => f.code)).toEqual(["QD-1048-2019", "QD-148-2023", "QD-1489-2025"])
    })

    it("seeding again changes nothing", async () => {
      const container = getContainer()
      const productModule = container.resolve(Modules.PRODUCT)
      const stockLocations = () => container.resolve(Modules.STOCK_LOCATION).listStockLocations({})
      const before = await productModule.listProducts({}, { select: ["id"], take: null })
      const locationsBefore = await stockLocations()
      await seed({ container, args: [] })
      const after = await productModule.listProducts({}, { select: ["id"], take: null })
      expect(after.length).toBe(before.length)
      expect(after.length).toBe(data.products.length)
      // The shop's warehouse, one per sales point, and one per producer (docs/producers.md).
      const producers = await container.resolve<ProducerModuleService>(PRODUCER_MODULE).listProducers({})
      const locations = await stockLocations()
      expect(locations.length).toBe(locationsBefore.length)
      expect(locations.length).toBe(1 + data.salesPoints.length + producers.length)
    })
  },
})
