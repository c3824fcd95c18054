import { expect, test } from "@playwright/test"
import { blockingViolations } from "./support/accessibility"

// WCAG 2.1 A/AA rules on the shop's pages in both languages: no serious or critical violation. Pages
// that need an account or a state are checked where a test reaches them (expectAccessible): the
// account's privacy page, the re-consent page, the cart with a revoked product.
const pages = [
  "/vi",
  "/en",
  "/vi/products",
  "/vi/products?q=ca+phe&stars=4",
  "/vi/products/nuoc-mam-tung-van",
  "/en/products/nuoc-mam-tung-van",
  "/vi/products/khong-co-san-pham-nay",
  "/vi/producers/tung-van",
  "/vi/account",
  "/vi/cart",
  // Scan pages: a lot, and a warning (an unregistered lot).
  "/vi/01/08930000001054/10/NM2610",
  "/en/01/08930000001054?unregistered=%2F10%2FNOPE1",
  // Trade promotion: sales points (map and list), fairs, a past fair's page.
  "/vi/sales-points",
  "/en/sales-points?type=tourist_site",
  "/vi/fairs",
  "/vi/fairs/hoi-cho-ocop-quang-tri-2026",
  // The operator's policies, rendered from its data.
  "/vi/policies/privacy",
  "/en/policies/operating-rules",
]

for (const url of pages) {
  test(`${url} has no serious or critical accessibility violation, and all its content is in landmarks`, async ({
    page,
  }) => {
    await page.goto(url)
    expect(await blockingViolations(page)).toEqual([])
  })
}

test("the cart and checkout with a product, and checkout's error state, have no serious violation", async ({
  page,
}) => {
  await page.goto("/vi/products/nuoc-mam-tung-van")
  await page.getByRole("button", { name: "Thêm vào giỏ" }).first().click()
  await expect(page.getByTestId("cart-link")).toHaveText("Giỏ hàng (1)")
  await page.goto("/vi/cart")
  expect(await blockingViolations(page)).toEqual([])
  await page.goto("/vi/checkout")
  expect(await blockingViolations(page)).toEqual([])
  await page.getByTestId("place-order").click()
  await expect(page.getByRole("alert")).toBeVisible()
  expect(await blockingViolations(page)).toEqual([])
})
