import { expect, test } from "@playwright/test"
import path from "node:path"
import { demoProperNames, untranslated } from "../support/untranslated"

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

const names = demoProperNames(path.resolve(__dirname, "../../seed/data"))

// The English pages whose texts come from the demo data: product tiles, a product with its variants
// and where to buy, the sales points, and a scan of a lot with tests and a journey (seed/data/lots.json).
const PAGES = ["/en", "/en/products/nuoc-mam-tung-van", "/en/sales-points", "/en/01/08930000001054/10/NM2610"]

test("finding 7: English pages show no Vietnamese text from the demo data, and fit a phone", async ({ page }) => {
  for (const url of PAGES) {
    await page.goto(url)
    const text = await page.locator("main").innerText()
    expect(text.length, url).toBeGreaterThan(100)
    const lines = text.split("\n").map((line) => ({ where: url, text: line }))
    expect(untranslated(lines, names)).toEqual([])
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    }))
    expect([url, scrollWidth <= innerWidth]).toEqual([url, true])
  }
  // The scan page's quality tests, in English, each within the screen.
  const tests = page.getByTestId("trace-tests").locator("li")
  await expect(tests.first()).toContainText("Total protein nitrogen")
  for (const box of await tests.evaluateAll((items) => items.map((i) => i.getBoundingClientRect().right))) {
    expect(box).toBeLessThanOrEqual(390)
  }
})
