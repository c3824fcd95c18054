import type { SalesPointStockList, StoreSalesPointList, TraceView } from "@ocop/core"
import fs from "node:fs"
import path from "node:path"
import { storeClient } from "../../../../test/support/store-client"
import { demoProperNames, untranslated } from "../../../../test/support/untranslated"
import { SEED_DIR, seedDemoShop } from "../../helpers/demo"
import type { SuiteContext } from "../../helpers/runner"

type Text = { where: string; text: string | null | undefined }
type DemoLot = { product: string; variant: string; code: string }
type StoreProduct = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  description: string | null
  subject: { story_en: string | null } | null
  variants: { title: string; sku: string | null; ean: string | null }[]
}

/** english: a suite of shop-reads.spec.ts, on the shared demo shop that file boots. */
export function englishTextsSuite({ api, getContainer }: SuiteContext) {
  let shop: Awaited<ReturnType<typeof seedDemoShop>>
  beforeAll(async () => {
    shop = await seedDemoShop(getContainer(), api)
  })
  const english = <T>(url: string) =>
    storeClient(api.defaults.baseURL as string, shop.publishableKey).call<T>(
      "GET",
      `${url}${url.includes("?") ? "&" : "?"}locale=en-US`,
    )

  it("finding 7: English pages show no Vietnamese text in the demo data: products, variants, lot tests, journeys, sales points", async () => {
    const names = demoProperNames(SEED_DIR)
    const texts: Text[] = []

    const { products } = await english<{ products: StoreProduct[] }>(
      `/store/products?limit=200&region_id=${shop.regionId}&fields=id,handle,title,subtitle,description,*variants,subject.story_en`,
    )
    expect(products.length).toBeGreaterThan(30)
    expect(products.filter((p) => p.subtitle && p.subject?.story_en).length).toBeGreaterThan(20)
    for (const p of products) {
      texts.push(
        { where: `${p.handle} title`, text: p.title },
        { where: `${p.handle} subtitle`, text: p.subtitle },
        { where: `${p.handle} description`, text: p.description },
        { where: `${p.handle} producer story`, text: p.subject?.story_en },
      )
      for (const v of p.variants) texts.push({ where: `${p.handle} variant`, text: v.title })
      const { sales_points } = await english<SalesPointStockList>(`/store/ocop/products/${p.id}/sales-points`)
      for (const s of sales_points) texts.push({ where: `${p.handle} where to buy`, text: `${s.name} — ${s.address}` })
    }

    const { lots } = JSON.parse(fs.readFileSync(path.join(SEED_DIR, "lots.json"), "utf8")) as { lots: DemoLot[] }
    // A lot's code carries its own variant's GTIN, or the handle fallback when that variant has none.
    const variantsOf = new Map(products.map((p) => [p.handle, p.variants]))
    for (const lot of lots) {
      const gtin = variantsOf.get(lot.product)?.find((v) => v.sku === lot.variant)?.ean ?? null
      const code = gtin ? `/01/${gtin.padStart(14, "0")}/10/${lot.code}` : `/p/${lot.product}/10/${lot.code}`
      const { trace } = await english<{ trace: TraceView }>(`/store/trace?code=${encodeURIComponent(code)}`)
      expect(trace.lot?.code).toBe(lot.code)
      const where = `lot ${lot.code}`
      texts.push({ where: `${where} origin`, text: trace.lot!.origin })
      for (const t of trace.lot!.tests) texts.push({ where: `${where} test`, text: `${t.name}: ${t.result}, ${t.lab}` })
      for (const s of trace.journey) texts.push({ where: `${where} journey`, text: `${s.place} · ${s.actor}` })
      for (const s of trace.sales_points)
        texts.push({ where: `${where} where to buy`, text: `${s.name} — ${s.address}` })
    }

    const { sales_points } = await english<StoreSalesPointList>("/store/trade/sales-points")
    expect(sales_points.length).toBeGreaterThan(0)
    for (const s of sales_points) {
      const where = `sales point ${s.key}`
      for (const text of [s.name, s.address, s.opening_hours, s.operator, ...s.tours]) texts.push({ where, text })
      for (const p of s.products) texts.push({ where: `${where} product`, text: p.title })
    }

    expect(texts.length).toBeGreaterThan(200)
    expect(untranslated(texts, names)).toEqual([])
  })

  it("serves Vietnamese without a locale, and English texts only where a record has them", async () => {
    const call = storeClient(api.defaults.baseURL as string, shop.publishableKey).call
    const { sales_points } = await call<StoreSalesPointList>("GET", "/store/trade/sales-points")
    expect(sales_points.map((s) => s.name).join()).toMatch(/Điểm bán OCOP/)
    const { trace } = await call<{ trace: TraceView }>("GET", "/store/trace?code=/01/08930000001054/10/NM2610")
    expect(trace.lot!.tests[0]).toEqual(expect.objectContaining({ name: "Độ đạm toàn phần" }))
    expect(Object.keys(trace.lot!.tests[0]).sort()).toEqual(["lab", "name", "report_ref", "result", "tested_on"])
    const { trace: en } = await english<{ trace: TraceView }>("/store/trace?code=/01/08930000001054/10/NM2610")
    expect(en.lot!.tests[0].name).toBe("Total protein nitrogen")
    expect(en.journey.map((s) => s.place)).toContain("Cửa Tùng fishing port")
  })
}
