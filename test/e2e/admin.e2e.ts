import { expect, test } from "@playwright/test"
import fs from "node:fs"
import path from "node:path"

// An official revokes a certificate in the Medusa admin; the shop stops selling the product at once.
const adminUrl = process.env.ADMIN_URL ?? "http://localhost:9000"
const products = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../seed/data/products.json"), "utf8"))
const pepper = products.find((p: { handle: string }) => p.handle === "hat-tieu-cua")

test("an official revokes a certificate in the admin and the product leaves the shop", async ({ page }) => {
  if (!process.env.ADMIN_EMAIL || !process.env.ADMIN_PASSWORD) {
    throw new Error("set ADMIN_EMAIL and ADMIN_PASSWORD of the running installation (the lifecycle test does)")
  }
  // Visit the product first, so its page and the catalogue are in the storefront's cache: what
  // follows then shows that the revocation expires them, not that they were never cached.
  await page.goto(`/vi/products/${pepper.handle}`)
  await expect(page.getByTestId("product-title")).toHaveText(pepper.title)
  await page.goto("/vi/products?q=ho+tieu")
  await expect(page.getByTestId("search-card").filter({ hasText: pepper.title })).toHaveCount(1)
  // Browsing by its product group: a page cached whole, served from the cache on the second visit.
  const facetPage = `/vi/products?group=${encodeURIComponent(pepper.group_code)}`
  await page.goto(facetPage)
  await expect(page.getByTestId("search-card").filter({ hasText: pepper.title })).toHaveCount(1)
  expect((await page.request.get(facetPage)).headers()["x-nextjs-cache"]).toBe("HIT")

  await page.goto(`${adminUrl}/app/login`)
  await page.getByPlaceholder("Email").fill(process.env.ADMIN_EMAIL!)
  await page.getByPlaceholder("Password").fill(process.env.ADMIN_PASSWORD!)
  await page.getByRole("button", { name: "Continue with Email" }).click()
  await page.waitForURL((u) => !u.pathname.includes("login"))

  await page.goto(`${adminUrl}/app/ocop`)
  await expect(page.getByRole("heading", { name: "Giấy chứng nhận OCOP" })).toBeVisible()
  await page.getByPlaceholder("Số giấy chứng nhận").fill(pepper.certificate.number)
  const row = page.getByRole("row", { name: new RegExp(pepper.certificate.number) })
  await expect(row).toContainText("Còn hiệu lực")
  await row.getByRole("button", { name: "Đổi trạng thái" }).click()
  await page.getByLabel("Số quyết định").fill("321/QĐ-UBND")
  await page.getByRole("button", { name: "Xác nhận" }).click()
  await expect(row).toContainText("Đã thu hồi")

  // The backend's signed revalidation call is batched for a quarter of a second.
  await expect.poll(async () => (await page.request.get(`/vi/products/${pepper.handle}`)).status()).toBe(404)
  await page.goto("/")
  await expect(page.getByRole("link", { name: new RegExp(pepper.title) })).toHaveCount(0)
  await page.goto(`/vi/products/${pepper.handle}`)
  await expect(page.getByText("hiện không được bán")).toBeVisible()
  // The search index follows the revocation through an event: it is gone within moments.
  await expect
    .poll(
      async () => {
        await page.goto("/vi/products?q=ho+tieu")
        return page.getByTestId("search-card").filter({ hasText: pepper.title }).count()
      },
      { timeout: 15_000 },
    )
    .toBe(0)
  // The cached facet page expired with the listing: it no longer shows the product.
  await expect
    .poll(
      async () => {
        await page.goto(facetPage)
        return page.getByTestId("search-card").filter({ hasText: pepper.title }).count()
      },
      { timeout: 15_000 },
    )
    .toBe(0)
})
