import { expect, test } from "@playwright/test"
import { labelUrl } from "./support/labels"

// A tourist scans a label printed by the admin: Chromium opens the URL decoded from the label's QR
// code, goes through the resolver to the scan page, and sees whether the product is genuine.
const adminUrl = process.env.ADMIN_URL ?? "http://localhost:9000"
const TITLE = /Nước mắm/
// A tourist's phone: headless Chromium's own user agent is counted as a bot, and bots' visits are
// not recorded as scans.
test.use({
  userAgent:
    "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36",
})

test("a decoded label opens the scan page: genuine, with lot, journey and scan count", async ({ page }) => {
  const url = await labelUrl(page.request, 10)
  expect(url).toMatch(/\/01\/08930000001054\/10\/NM2610\/21\/[A-Z0-9]{8}\?s=[\w-]{12}$/)
  await page.goto(url)
  await expect(page).toHaveURL(/\/vi\/01\/08930000001054\/10\/NM2610\/21\//)
  await expect(page.getByText("Sản phẩm OCOP chính hãng")).toBeVisible()
  await expect(page.getByTestId("trace-title")).toHaveText(TITLE)
  await expect(page.getByTestId("trace-lot")).toContainText("NM2610")
  await expect(page.getByTestId("trace-journey").getByRole("listitem")).toHaveCount(5)
  // No warning in the page (Next's empty route announcer also has the alert role).
  await expect(page.getByTestId("scan-view").getByRole("alert")).toHaveCount(0)
  // The resolver records each scan before the page is drawn: scanning again counts one more.
  const scans = async () =>
    Number((await page.getByTestId("trace-scans").textContent())?.match(/đã quét (\d+) lần/)?.[1])
  const before = await scans()
  expect(before).toBeGreaterThanOrEqual(1)
  await page.goto(url)
  await expect(page.getByTestId("trace-scans")).toContainText(`đã quét ${before + 1} lần`)
  // A tourist switches to English: the code's signature goes along, so no false warning.
  await page.getByTestId("locale-switch").click()
  await expect(page).toHaveURL(/\/en\/01\/.*\?s=[\w-]{12}$/)
  await expect(page.getByText("Genuine OCOP product")).toBeVisible()
})

test("officials see the lot, its journey and scan figures in the admin", async ({ page }) => {
  await page.goto(`${adminUrl}/app/login`)
  await page.getByPlaceholder("Email").fill(process.env.ADMIN_EMAIL!)
  await page.getByPlaceholder("Password").fill(process.env.ADMIN_PASSWORD!)
  await page.getByRole("button", { name: "Continue with Email" }).click()
  await page.waitForURL((u) => !u.pathname.includes("login"))
  const products = await page.request.get(`${adminUrl}/admin/products?handle=nuoc-mam-tung-van&fields=id`)
  const { products: found } = await products.json()
  await page.goto(`${adminUrl}/app/products/${found[0].id}`)
  await expect(page.getByRole("heading", { name: "Truy xuất nguồn gốc" })).toBeVisible({ timeout: 20_000 })
  const row = page.getByRole("row", { name: /NM2610/ })
  await expect(row).toBeVisible()
  await expect(page.getByRole("heading", { name: "Lượt quét mã của sản phẩm" })).toBeVisible()
  await row.getByRole("button", { name: "Chi tiết" }).click()
  const drawer = page.getByRole("dialog")
  await expect(drawer.getByText("Lô NM2610")).toBeVisible()
  for (const step of ["Thu hoạch", "Chế biến", "Đóng gói"]) await expect(drawer.getByText(step).first()).toBeVisible()
  await expect(drawer.getByRole("button", { name: "Tải tem (PDF)" })).toBeVisible()
  // Issuing serials for more labels goes through the API and says what it did.
  await drawer.getByLabel("Số serial cần cấp").fill("2")
  await drawer.getByRole("button", { name: /Cấp thêm serial/ }).click()
  await expect(page.getByText("Đã cấp 2 serial")).toBeVisible()
  await page.keyboard.press("Escape")
  await page.goto(`${adminUrl}/app/traceability`)
  await expect(page.getByRole("heading", { name: "Truy xuất & quét" })).toBeVisible()
})

test("a forged token shows the warning, not the genuine banner", async ({ page }) => {
  const url = new URL(await labelUrl(page.request, 11))
  url.searchParams.set("s", "AAAAAAAAAAAA")
  await page.goto(url.toString())
  await expect(page.getByRole("alert").filter({ hasText: "Mã không do nhà sản xuất phát hành" })).toBeVisible()
  await expect(page.getByText("Sản phẩm OCOP chính hãng")).toHaveCount(0)
})

test("the scan page works with JavaScript disabled, and in English", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: "en-GB" })
  const page = await context.newPage()
  const url = await labelUrl(page.request, 12)
  await page.goto(url)
  await expect(page).toHaveURL(/\/en\/01\//)
  await expect(page.getByText("Genuine OCOP product")).toBeVisible()
  await expect(page.getByTestId("trace-journey").getByRole("listitem")).toHaveCount(5)
  // An unknown GTIN: the resolver's own page, still without JavaScript.
  const unknown = await page.goto(`${new URL(url).origin}/01/08930000009999`)
  expect(unknown?.status()).toBe(404)
  await expect(page.getByRole("alert")).toContainText("not a registered OCOP product")
  await context.close()
})
