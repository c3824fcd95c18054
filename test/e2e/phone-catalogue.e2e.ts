import { expect, test, type Page } from "@playwright/test"

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

const total = async (page: Page) => Number((await page.getByTestId("result-count").textContent())!.replace(/\D/g, ""))
/** A facet value's count, as "(12)" after its label. */
const counts = async (page: Page, facet: string) =>
  (await page.getByTestId(facet).locator("label").allTextContents()).map((t) => Number(/\((\d+)\)\s*$/.exec(t)![1]))

test("finding 4: on a phone the first products are on the first screen, and filters switch, add and apply at once", async ({
  page,
}) => {
  await page.goto("/vi/products")
  const first = await page.getByTestId("search-card").first().boundingBox()
  expect(first!.y).toBeLessThan(844)
  const all = await total(page)

  await page.getByTestId("filters-toggle").click()
  await page.getByRole("checkbox", { name: /^4 sao/ }).click()
  // Applied on the change itself: no button to find.
  await expect(page).toHaveURL(/stars=4/)
  await expect(page.getByRole("heading", { level: 1 })).toContainText("4 sao")
  await expect(page.getByTestId("search-card").filter({ hasNotText: "OCOP 4 sao" })).toHaveCount(0)

  // The other star ratings stay, to switch to or add.
  await page.getByTestId("filters-toggle").click()
  await page.getByRole("checkbox", { name: /^5 sao/ }).click()
  await expect(page).toHaveURL(/stars=4.*stars=5|stars=5.*stars=4/)
  const both = await total(page)
  const byStars = await counts(page, "facet-stars")
  expect(both).toBe(byStars.filter((_, i) => i < 2).reduce((a, b) => a + b, 0))
  expect(both).toBeLessThanOrEqual(all)

  // Two communes at once, and the heading says which.
  await page.goto("/vi/products")
  await page.getByTestId("filters-toggle").click()
  const communes = page.getByTestId("facet-commune").getByRole("checkbox")
  const names = await page.getByTestId("facet-commune").locator("label").allTextContents()
  await communes.nth(0).click()
  await expect(page).toHaveURL(/commune=/)
  await page.getByTestId("filters-toggle").click()
  await page.getByTestId("facet-commune").getByRole("checkbox").nth(1).click()
  await expect(page).toHaveURL(/commune=.*commune=/)
  const heading = await page.getByRole("heading", { level: 1 }).textContent()
  for (const name of names.slice(0, 2)) expect(heading).toContain(name.replace(/\s*\(\d+\)\s*$/, "").trim())
})

test("finding 4: every commune with products is reachable from the filters", async ({ page }) => {
  await page.goto("/vi/products")
  await page.getByTestId("filters-toggle").click()
  // Each product has one commune: the communes' counts add up to the whole catalogue only if none is cut.
  const byCommune = await counts(page, "facet-commune")
  expect(byCommune.reduce((a, b) => a + b, 0)).toBe(await total(page))
  const more = page.getByTestId("facet-commune").locator("summary")
  if (byCommune.length > 8) {
    await more.click()
    await expect(page.getByTestId("facet-commune").getByRole("checkbox").last()).toBeVisible()
  }
})
