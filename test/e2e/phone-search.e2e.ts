import { expect, test } from "@playwright/test"

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

for (const locale of ["vi", "en"]) {
  test(`finding 10: "caphe" typed in the header finds the coffee, and the box keeps the query (${locale})`, async ({
    page,
  }) => {
    await page.goto(`/${locale}`)
    const box = page.getByTestId("search-input")
    await box.fill("caphe")
    await box.press("Enter")
    await page.waitForURL(/\/products\?q=caphe/)
    await expect(page.locator('a[href$="/products/ca-phe-khe-sanh"]').first()).toBeVisible()
    await expect(page.getByTestId("search-input")).toHaveValue("caphe")
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    }))
    expect(scrollWidth <= innerWidth).toBe(true)
  })
}
