import AxeBuilder from "@axe-core/playwright"
import { expect, test } from "@playwright/test"

// WCAG 2.1 A/AA rules on the shop's pages in both languages: no serious or critical violation.
const pages = [
  "/vi",
  "/en",
  "/vi/products",
  "/vi/products?q=ca+phe&stars=4",
  "/vi/products/nuoc-mam-tung-van",
  "/en/products/nuoc-mam-tung-van",
  "/vi/products/khong-co-san-pham-nay",
]

for (const url of pages) {
  test(`${url} has no serious or critical accessibility violation`, async ({ page }) => {
    await page.goto(url)
    const { violations } = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
      .analyze()
    const blocking = violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)
    expect(blocking).toEqual([])
  })
}
