import { expect, test } from "@playwright/test"

test("home shows the best certified products with VND prices and the ways into the catalogue; a product page opens", async ({
  page,
}) => {
  await page.goto("/")
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đặc sản OCOP Quảng Trị")
  // A light first view: eight featured products, the 5★ and 4★ ones, best first; the rest one tap away.
  const featured = page.getByTestId("featured").getByTestId("search-card")
  await expect(featured).toHaveCount(8)
  await expect(page.getByTestId("price").first()).toHaveText(/^\d{1,3}(\.\d{3})+\u00a0₫$/)
  await expect(featured.first()).toContainText("OCOP 5 sao")
  await expect(featured.filter({ hasText: "OCOP 3 sao" })).toHaveCount(0)
  const listed = Number(((await page.getByTestId("see-all").first().textContent()) ?? "").replace(/\D/g, ""))
  expect(listed).toBeGreaterThanOrEqual(30)

  // Browsing by commune, then the product.
  await page.getByRole("link", { name: /^Xã Cửa Tùng \(\d+\)$/ }).click()
  await expect(page).toHaveURL(/\/vi\/products\?commune=/)
  await page.getByTestId("search-card").filter({ hasText: "Nước mắm Tùng Vân" }).click()
  await expect(page).toHaveURL(/\/products\/[a-z0-9-]+$/)
  await expect(page.getByTestId("product-title")).toHaveText(/Nước mắm Tùng Vân/)
  await expect(page.getByTestId("price").first()).toHaveText(/₫$/)
  // The certification a shopper checks before buying (demo dataset: 3★, Xã Cửa Tùng).
  const card = page.getByTestId("ocop-card")
  await expect(card).toContainText("Sản phẩm OCOP 3 sao")
  await expect(card.getByTestId("certificate-number")).toHaveText("DEMO-QT-2026-0010")
  await expect(card).toContainText("Hiệu lực đến17/03/2029")
  await expect(card.getByTestId("commune")).toHaveText("Xã Cửa Tùng")
  await expect(page.getByTestId("producer-story")).not.toBeEmpty()
  // Where to buy: the demo sales points that stock it, with how many are left.
  await expect(page.getByTestId("where-to-buy")).toContainText("Điểm bán OCOP bãi biển Cửa Tùng")
  await expect(page.getByTestId("where-to-buy")).toContainText(/còn \d+/)
  // Search engines read the product, its offers in đồng and the certificate.
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}")
  expect(ld).toMatchObject({ "@type": "Product", name: "Nước mắm Tùng Vân" })
  expect(ld.offers[0]).toMatchObject({ "@type": "Offer", priceCurrency: "VND", price: expect.any(Number) })
  expect(ld.additionalProperty).toContainEqual({
    "@type": "PropertyValue",
    name: "OCOP certificate",
    value: "DEMO-QT-2026-0010",
  })
  const image = page.getByRole("img", { name: /Nước mắm Tùng Vân/ })
  await expect(image).toBeVisible()
  // The optimiser encodes the picture on first request: wait for it to arrive and decode.
  await expect
    .poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth), { timeout: 20_000 })
    .toBeGreaterThan(0)
})

test("a product that is not certified is not for sale", async ({ page }) => {
  const response = await page.goto("/products/cha-ca-du-lieu-mau")
  expect(response?.status()).toBe(404)
  await expect(page.getByRole("heading", { name: "Không tìm thấy sản phẩm" })).toBeVisible()
  await page.goto("/")
  await expect(page.getByRole("link", { name: /Chả cá/ })).toHaveCount(0)
})

test("a visitor switches to English and back; each page names its other-language version", async ({ page }) => {
  await page.goto("/vi/products/nuoc-mam-tung-van")
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
    "href",
    /\/en\/products\/nuoc-mam-tung-van$/,
  )
  await expect(page.locator("html")).toHaveAttribute("lang", "vi")

  await page.getByTestId("locale-switch").click()
  await expect(page).toHaveURL(/\/en\/products\/nuoc-mam-tung-van$/)
  await expect(page.locator("html")).toHaveAttribute("lang", "en")
  await expect(page.getByTestId("product-title")).toHaveText("Tùng Vân Fish Sauce")
  await expect(page.getByText("Product group: Sauces, fish sauce and other liquid condiments")).toBeVisible()
  const card = page.getByTestId("ocop-card")
  await expect(card).toContainText("3-star OCOP product")
  await expect(card).toContainText("Valid until17/03/2029")
  // Prices stay in đồng: the shop sells in Vietnam.
  await expect(page.getByTestId("price").first()).toHaveText(/^\d{1,3}(\.\d{3})+\u00a0₫$/)

  await page.getByTestId("locale-switch").click()
  await expect(page).toHaveURL(/\/vi\/products\/nuoc-mam-tung-van$/)
  await expect(page.getByTestId("product-title")).toHaveText("Nước mắm Tùng Vân")
})

test("searching without diacritics finds the product; facets narrow the catalogue", async ({ page }) => {
  await page.goto("/vi")
  await page.getByTestId("search-input").fill("nuoc mam")
  await page.getByTestId("search-input").press("Enter")
  await expect(page).toHaveURL(/\/vi\/products\?q=nuoc\+mam$/)
  const results = page.getByTestId("search-card")
  await expect(results.first()).toContainText("Nước mắm")
  await results.filter({ hasText: "Nước mắm Tùng Vân" }).click()
  await expect(page.getByTestId("product-title")).toHaveText("Nước mắm Tùng Vân")

  await page.goto("/vi/products")
  // A filter applies as soon as it is chosen.
  await page.getByRole("checkbox", { name: /^4 sao/ }).click()
  await expect(page).toHaveURL(/stars=4/)
  const count = await page.getByTestId("search-card").count()
  expect(count).toBeGreaterThan(3)
  await expect(page.getByTestId("search-card").filter({ hasNotText: "OCOP 4 sao" })).toHaveCount(0)
})

test("a producer's page shows who they are, their commune and their products for sale", async ({ page }) => {
  await page.goto("/vi/products/nuoc-mam-tung-van")
  await page.getByTestId("producer-link").click()
  await expect(page).toHaveURL(/\/vi\/producers\/tung-van$/)
  await expect(page.getByTestId("producer-name")).toHaveText("Cơ sở sản xuất nước mắm Tùng Vân")
  await expect(page.getByTestId("commune")).toHaveText("Xã Cửa Tùng")
  await expect(page.getByTestId("product-card")).toHaveCount(1)
  await expect(page.getByTestId("product-card")).toContainText("Nước mắm Tùng Vân")
  // A producer key that does not exist is a 404, not an empty page.
  expect((await page.goto("/vi/producers/khong-co-chu-the-nay"))?.status()).toBe(404)
})

test("the header suggests products while typing; arrow keys and Enter open one", async ({ page }) => {
  await page.goto("/vi")
  const box = page.getByRole("combobox", { name: "Tìm sản phẩm" })
  await box.pressSequentially("ca phe", { delay: 30 })
  const list = page.getByRole("listbox", { name: "Gợi ý sản phẩm" })
  await expect(list).toBeVisible()
  await expect(list.getByRole("option").first()).toContainText(/Cà phê/)
  const first = (await list.getByRole("option").first().textContent())!.replace(/★+.*$/, "").trim()
  await box.press("ArrowDown")
  await expect(list.getByRole("option").first()).toHaveAttribute("aria-selected", "true")
  await box.press("Enter")
  await expect(page).toHaveURL(/\/vi\/products\/[a-z0-9-]+$/)
  await expect(page.getByTestId("product-title")).toHaveText(first)

  // Only products for sale are suggested: the demo's revoked "Chả cá" never is.
  await page.goto("/vi")
  const answer = page.waitForResponse((r) => r.url().includes("/api/suggest") && r.url().includes("q=cha%20ca"))
  await box.fill("cha ca")
  const { suggestions } = await (await answer).json()
  expect(suggestions.map((s: { handle: string }) => s.handle)).not.toContain("cha-ca-du-lieu-mau")
})
