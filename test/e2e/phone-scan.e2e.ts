import { expect, type Page, test } from "@playwright/test"
import { freshLabelUrl } from "./support/labels"
import { expectNoSidewaysScroll } from "./support/phone"

// The scan page on a tourist's phone tells the truth (issue 18): what each kind of code proves,
// nothing that reads as an all-clear under a warning, where to buy, a language link that keeps the
// code's signature, and no server error for a path holding "%25".
test.use({
  viewport: { width: 390, height: 844 },
  // A phone's own browser: headless Chromium's user agent is a bot, whose visits are not scans.
  userAgent:
    "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36",
})

const GTIN = "08930000001054" // Nước mắm Tùng Vân, 3★, lot NM2610 (seed/data/lots.json)
const LOT_CODE = `/01/${GTIN}/10/NM2610`
const REVOKED_LOT = "/01/08930000001351/10/CC-2605" // Chả cá (dữ liệu mẫu): certificate revoked
const SUSPENDED = "/01/08930000001375" // Trà lá vối (dữ liệu mẫu): certificate suspended

const text = {
  vi: {
    unit: "Sản phẩm OCOP chính hãng",
    lot: "Sản phẩm có chứng nhận OCOP — lô hàng có trong hồ sơ",
    lotBody: "không chứng minh được gói hàng này là hàng thật",
    product: "Sản phẩm có chứng nhận OCOP",
    forged: "Mã không do nhà sản xuất phát hành",
    clone: "Tem có thể đã bị sao chép",
    revoked: "Chứng nhận OCOP đã bị thu hồi",
    suspended: "Chứng nhận OCOP đang bị đình chỉ",
    notPackage: "không xác nhận gì về gói hàng này",
    stars: "Sản phẩm OCOP 3 sao",
    state: "Tình trạng chứng nhận",
    valid: "Còn hiệu lực",
    map: "Xem bản đồ",
    unknownLot: "Số lô không có trong hồ sơ",
  },
  en: {
    unit: "Genuine OCOP product",
    lot: "Certified OCOP product — lot on record",
    lotBody: "it does not prove that this package is genuine",
    product: "Certified OCOP product",
    forged: "Code not issued by the producer",
    clone: "The label may have been copied",
    revoked: "OCOP certificate revoked",
    suspended: "OCOP certificate suspended",
    notPackage: "They say nothing about this package",
    stars: "3-star OCOP product",
    state: "Certificate status",
    valid: "Valid",
    map: "Show on a map",
    unknownLot: "Unknown lot number",
  },
} as const
type Locale = keyof typeof text

/** The page under a warning: the warning, and nothing that reads as an all-clear for this package. */
async function expectNoAllClear(page: Page, locale: Locale) {
  const view = page.getByTestId("scan-view")
  for (const verdict of ["verdict-genuine", "verdict-lot", "verdict-product"])
    await expect(view.getByTestId(verdict)).toHaveCount(0)
  await expect(view).not.toContainText(text[locale].unit)
  await expect(view).not.toContainText(text[locale].stars)
  await expect(view.getByTestId("buy-online")).toHaveCount(0)
  await expect(view.getByTestId("where-to-buy")).toHaveCount(0)
  await expect(view.getByTestId("certificate-not-package")).toContainText(text[locale].notPackage)
  await expect(view.getByTestId("trace-certificate")).toContainText(text[locale].state)
}

for (const locale of ["vi", "en"] as const) {
  const t = text[locale]

  test(`${locale}: a lot code proves the lot, not the package; where to buy lists each sales point with its map and hours`, async ({
    page,
  }) => {
    await page.goto(`/${locale}${LOT_CODE}`)
    const verdict = page.getByTestId("verdict-lot")
    await expect(verdict).toContainText(t.lot)
    await expect(verdict).toContainText("NM2610")
    await expect(verdict).toContainText(t.lotBody)
    await expect(page.getByTestId("scan-view")).not.toContainText(t.unit)
    await expect(page.getByTestId("scan-view").getByRole("alert")).toHaveCount(0)

    const buy = page.getByTestId("where-to-buy")
    const point = buy.getByTestId("where-to-buy-point").filter({ hasText: "Cửa Tùng" })
    await expect(point).toHaveCount(1)
    const map = point.getByTestId("map-link")
    await expect(map).toContainText(t.map)
    await expect(map).toContainText(locale === "vi" ? "Khu du lịch bãi biển" : "Beach resort area")
    expect(await map.getAttribute("href")).toMatch(/^https:\/\/www\.openstreetmap\.org\/\?mlat=17\.0\d+&mlon=107\.\d+/)
    await expect(point).toContainText(locale === "vi" ? "07:00–21:00 hằng ngày" : "07:00–21:00 daily")
    expect(await buy.getByTestId("where-to-buy-point").count()).toBeGreaterThan(1)
    await expect(buy.getByTestId("buy-online")).toBeVisible()
    await expectNoSidewaysScroll(page)
  })

  test(`${locale}: a product code proves the product is certified, and only that`, async ({ page }) => {
    await page.goto(`/${locale}/01/${GTIN}`)
    await expect(page.getByTestId("verdict-product")).toContainText(t.product)
    await expect(page.getByTestId("scan-view")).not.toContainText(t.unit)
    await expect(page.getByTestId("where-to-buy").getByTestId("where-to-buy-point").first()).toBeVisible()
  })

  test(`${locale}: a signed serial with its valid token is the genuine unit`, async ({ page }) => {
    const url = new URL(await freshLabelUrl(page.request))
    await page.goto(`/${locale}${url.pathname}${url.search}`)
    await expect(page.getByTestId("verdict-genuine")).toContainText(t.unit)
    await expect(page.getByTestId("scan-view").getByRole("alert")).toHaveCount(0)
    await expect(page.getByTestId("scan-view")).toContainText(t.stars)
    await expect(page.getByTestId("buy-online")).toBeVisible()
    await expectNoSidewaysScroll(page)
  })

  test(`${locale}: a forged token warns, and nothing beneath reads as an all-clear`, async ({ page }) => {
    const url = new URL(await freshLabelUrl(page.request))
    url.searchParams.set("s", "AAAAAAAAAAAA")
    await page.goto(`/${locale}${url.pathname}${url.search}`)
    await expect(page.getByRole("alert").filter({ hasText: t.forged })).toBeVisible()
    await expectNoAllClear(page, locale)
    // The certificate's own state is still there, as a fact of the product's certificate only.
    const certificate = page.getByTestId("trace-certificate")
    await expect(certificate.getByText(t.valid, { exact: true })).toHaveCount(1)
    await expect(page.getByTestId("scan-view").getByText(t.valid, { exact: true })).toHaveCount(1)
    await expectNoSidewaysScroll(page)
  })

  test(`${locale}: a revoked or suspended certificate warns, with no way to buy`, async ({ page }) => {
    await page.goto(`/${locale}${REVOKED_LOT}`)
    await expect(page.getByRole("alert").filter({ hasText: t.revoked })).toBeVisible()
    await expectNoAllClear(page, locale)
    await page.goto(`/${locale}${SUSPENDED}`)
    await expect(page.getByRole("alert").filter({ hasText: t.suspended })).toBeVisible()
    await expectNoAllClear(page, locale)
  })
}

test("a label scanned too often warns of a copy, and nothing beneath reads as an all-clear", async ({ page }) => {
  const url = new URL(await freshLabelUrl(page.request))
  // More than TRACE_CLONE_MAX_SCANS (20) people's scans through the shop's own address.
  for (let i = 0; i < 22; i++) {
    const res = await page.request.get(`${url.pathname}${url.search}`, {
      headers: { accept: "text/html" },
      maxRedirects: 0,
    })
    expect(res.status()).toBe(307)
  }
  await expect
    .poll(
      async () => {
        await page.goto(`/vi${url.pathname}${url.search}`)
        return page.getByTestId("warning-suspected_clone").count()
      },
      { timeout: 20_000 },
    )
    .toBe(1)
  await expect(page.getByRole("alert").filter({ hasText: text.vi.clone })).toBeVisible()
  await expectNoAllClear(page, "vi")
})

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false })

  test("the language link keeps the code's signature and what the resolver could not find", async ({ page }) => {
    const url = new URL(await freshLabelUrl(page.request))
    await page.goto(`${url.pathname}${url.search}`)
    await expect(page).toHaveURL(new RegExp(`/vi/01/${GTIN}/10/NM2610/21/\\w+\\?s=[\\w-]{12}$`))
    const token = url.searchParams.get("s")!
    expect(await page.getByTestId("locale-switch").getAttribute("href")).toContain(`?s=${token}`)
    await page.getByTestId("locale-switch").click()
    await expect(page).toHaveURL(new RegExp(`/en/01/.*\\?s=${token}$`))
    await expect(page.getByTestId("verdict-genuine")).toContainText(text.en.unit)
    await expect(page.getByTestId("warning-unsigned_serial")).toHaveCount(0)

    // An unregistered lot: the resolver sends people up to the product with `?unregistered=`.
    await page.goto(`/01/${GTIN}/10/NOPE1`)
    await expect(page).toHaveURL(/\/vi\/01\/08930000001054\?unregistered=/)
    await expect(page.getByTestId("warning-unknown_lot")).toContainText(text.vi.unknownLot)
    await page.getByTestId("locale-switch").click()
    await expect(page).toHaveURL(/\/en\/01\/08930000001054\?unregistered=/)
    await expect(page.getByTestId("warning-unknown_lot")).toContainText(text.en.unknownLot)
    await expect(page.getByTestId("verdict-product")).toHaveCount(0)
  })
})

test("a path holding %25 is a 4xx with the not-found page, never a 500", async ({ page, request }) => {
  for (const path of ["/vi/products/%25", "/en/products/%25abc", "/vi/%25abc", "/en/%25", "/vi/producers/100%25"]) {
    const res = await request.get(path, { maxRedirects: 0 })
    expect([path, res.status()]).toEqual([path, 404])
  }
  // Without a locale, the visitor is sent to their language with the path as it was written.
  const bare = await request.get("/products/%25", { maxRedirects: 0 })
  expect([bare.status(), new URL(bare.headers()["location"], "http://x").pathname]).toEqual([307, "/vi/products/%25"])
  // And drawn as the shop's not-found page, in the page's language.
  expect((await page.goto("/vi/products/%25"))?.status()).toBe(404)
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible()
  await expect(page.getByTestId("site-header")).toBeVisible()
  // A lot holding "%" (GS1 allows it) reaches the scan page, which warns that no such lot is registered.
  for (const path of [`/vi/01/${GTIN}/10/%25`, `/vi/01/${GTIN}/10/A%25B`]) {
    const res = await page.goto(path)
    expect([path, res?.status()]).toEqual([path, 200])
    await expect(page.getByTestId("warning-unknown_lot")).toBeVisible()
  }
})
