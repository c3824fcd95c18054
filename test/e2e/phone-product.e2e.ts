import { expect, type Page, test } from "@playwright/test"
import { expectNoSidewaysScroll } from "./support/phone"

// The product page on a phone (issue: the shop on a phone, finding 6; finding 9, the producer's
// gallery, is phone-product-gallery.e2e.ts: it changes a product's pictures, which other pages show).
test.use({ viewport: { width: 390, height: 844 } })

const HANDLE = "nuoc-mam-tung-van"

const text = {
  vi: { add: "Thêm vào giỏ", added: "Đã thêm vào giỏ hàng.", more: /^Thêm một/, less: /^Bớt một/, map: "Xem bản đồ" },
  en: { add: "Add to cart", added: "Added to your cart.", more: /^One more/, less: /^One less/, map: "Show on a map" },
} as const

/** The "add to cart" button lies wholly inside the phone's screen. */
async function buyButtonOnScreen(page: Page, locale: "vi" | "en") {
  const box = await page.getByTestId("add-to-cart").getByRole("button", { name: text[locale].add }).boundingBox()
  expect(box, "the buy button is drawn").not.toBeNull()
  expect(box!.y).toBeGreaterThanOrEqual(0)
  expect(box!.y + box!.height).toBeLessThanOrEqual(844)
}

for (const locale of ["vi", "en"] as const) {
  test(`finding 6 (${locale}): the buy bar stays on screen, − / + set the quantity, and where-to-buy links the sales point, a map and its hours`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/products/${HANDLE}`)
    await expectNoSidewaysScroll(page)
    // On the first screen, and still there with the story and sales points scrolled into view.
    await buyButtonOnScreen(page, locale)
    await page.getByTestId("where-to-buy").scrollIntoViewIfNeeded()
    await buyButtonOnScreen(page, locale)
    await page.getByTestId("producer-story").scrollIntoViewIfNeeded()
    await buyButtonOnScreen(page, locale)

    // − / + instead of typing: two more, one less → 2.
    const form = page.getByTestId("add-to-cart")
    const quantity = form.getByRole("spinbutton")
    await expect(quantity).toHaveValue("1")
    await expect(form.getByRole("button", { name: text[locale].less })).toBeDisabled()
    await form.getByRole("button", { name: text[locale].more }).click()
    await form.getByRole("button", { name: text[locale].more }).click()
    await form.getByRole("button", { name: text[locale].less }).click()
    await expect(quantity).toHaveValue("2")
    const box = await form.getByRole("button", { name: text[locale].more }).boundingBox()
    expect(box!.height, "a thumb-sized target").toBeGreaterThanOrEqual(44)

    // Where to buy: the sales point's entry, a map at its place, its opening hours.
    const point = page.getByTestId("where-to-buy-point").filter({ hasText: "Cửa Tùng" })
    await expect(point).toHaveCount(1)
    const map = point.getByTestId("map-link")
    await expect(map).toContainText(text[locale].map)
    expect(await map.getAttribute("href")).toMatch(/^https:\/\/www\.openstreetmap\.org\/\?mlat=17\.0\d+&mlon=107\.\d+/)
    await expect(point).toContainText("07:00–21:00")
    await point
      .getByRole("link", { name: /Cửa Tùng/ })
      .first()
      .click()
    await expect(page).toHaveURL(new RegExp(`/${locale}/sales-points#sp-diem-ban-cua-tung$`))
    await expect(page.locator("#sp-diem-ban-cua-tung")).toBeInViewport()
  })
}

test("finding 6: the cart's − and + change a line at once", async ({ page }) => {
  await page.goto(`/vi/products/${HANDLE}`)
  const form = page.getByTestId("add-to-cart")
  await form.getByRole("button", { name: text.vi.add }).click()
  await expect(form.getByRole("status")).toContainText(text.vi.added)
  await page.goto("/vi/cart")
  const line = page.getByTestId("cart-item").filter({ hasText: "Nước mắm Tùng Vân" })
  const quantity = line.getByRole("spinbutton")
  const before = Number(await quantity.inputValue())
  await line.getByRole("button", { name: text.vi.more }).click()
  await expect(quantity).toHaveValue(String(before + 1))
  await expect(page.getByTestId("cart-link")).toContainText(String(before + 1))
  await line.getByRole("button", { name: text.vi.less }).click()
  await expect(quantity).toHaveValue(String(before))
  await expectNoSidewaysScroll(page)
})

test("finding 6: a product withdrawn from sale is not called suspicious; an unknown scanned code still warns", async ({
  page,
}) => {
  // A demo product whose certificate is not active: off sale, not fake.
  expect((await page.goto("/vi/products/cha-ca-du-lieu-mau"))?.status()).toBe(404)
  await expect(page.getByRole("heading", { name: "Không tìm thấy sản phẩm" })).toBeVisible()
  await expect(page.locator("main")).toContainText("hiện không được bán")
  await expect(page.locator("main")).not.toContainText("cẩn thận")
  await expect(page.locator("main").getByRole("alert")).toHaveCount(0)
  // A GS1 code no registered product carries, on the shop's scan page: a warning.
  for (const locale of ["vi", "en"] as const) {
    expect((await page.goto(`/${locale}/01/08930000009999`))?.status()).toBe(404)
    await expect(page.getByTestId("scan-unknown").getByRole("alert")).toContainText(
      locale === "vi" ? "không thuộc sản phẩm OCOP nào" : "belongs to no registered OCOP product",
    )
    await expectNoSidewaysScroll(page)
  }
})
