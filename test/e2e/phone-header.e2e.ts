import { expect, test } from "@playwright/test"

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

const PAGES = ["/", "/products", "/products/nuoc-mam-tung-van", "/sales-points", "/fairs", "/cart"]

for (const locale of ["vi", "en"]) {
  test(`finding 2: the header fits a phone in ${locale}: a usable search box, every section a thumb's tap away, no sideways scroll`, async ({
    page,
  }) => {
    for (const path of PAGES) {
      const url = `/${locale}${path === "/" ? "" : path}`
      await page.goto(url)
      const search = await page.getByTestId("search-input").boundingBox()
      expect([url, search!.width >= 200]).toEqual([url, true])
      const header = await page.getByTestId("site-header").boundingBox()
      expect([url, header!.height <= 190]).toEqual([url, true])
      for (const id of ["nav-products", "nav-sales-points", "nav-fairs", "nav-account", "cart-link", "locale-switch"]) {
        const target = page.getByTestId(id)
        await expect(target, `${id} on ${url}`).toBeVisible()
        const box = await target.boundingBox()
        expect([url, id, box!.height >= 32]).toEqual([url, id, true])
      }
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
      }))
      expect([url, scrollWidth]).toEqual([url, innerWidth])
    }
  })
}
