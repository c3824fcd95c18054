import AxeBuilder from "@axe-core/playwright"
import { expect, type Page, test } from "@playwright/test"

// WCAG 2.1 A/AA rules on the shop's pages in both languages: no serious or critical violation.
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

async function blockingViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze()
  // axe's best practice that all content sits in a landmark (moderate, so asked for by name).
  const { violations: regions } = await new AxeBuilder({ page }).withRules(["region"]).analyze()
  return [...violations, ...regions]
    .filter((v) => v.impact === "serious" || v.impact === "critical" || v.id === "region")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)
}

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
