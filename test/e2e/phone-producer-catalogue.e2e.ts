import { expect, test } from "@playwright/test"
import { expectNoSidewaysScroll } from "./support/phone"
import { adminUrl, officialApi, PASSWORD, producerOwner } from "./support/producer"

// A producer's catalogue on a phone with JavaScript off: its owner opens the products page from the
// workspace, changes a product's Vietnamese description and a variant's price (typed as Vietnamese
// writes it, "125.000") and the Store API and the product's cached page serve them at once; in English, a price below zero is
// refused in the page's words and nothing changes.
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, javaScriptEnabled: false })

const run = Date.now() % 1_000_000_000
/** Demo subjects with products; the first no verified account speaks for. */
const CANDIDATES = ["ta-lu", "ga-cua-tam-bac", "mien-tay-quang-binh", "vuong-doan"]

test("a producer edits a description and a price on the products page, the shop shows them at once, and a negative price is refused in the page's language", async ({
  page,
  request,
}) => {
  test.setTimeout(90_000)
  const admin = await officialApi(request)
  const { email, headers, owner, businessId } = await producerOwner(request, admin, {
    run,
    candidates: CANDIDATES,
    label: "sp",
    taxCodeBase: 8_200_000_000,
  })

  const mine = async () => {
    const res = await request.get(`${adminUrl}/store/producer/products`, { headers: owner })
    return (await res.json()).products[0] as {
      id: string
      handle: string
      texts: { description: string }
      variants: { id: string; price: number }[]
    }
  }
  const before = await mine()
  const variant = before.variants[0]
  const shopDescription = async () =>
    (await (await request.get(`${adminUrl}/store/products/${before.id}?fields=description`, { headers })).json())
      .product.description as string
  const description = `Mô tả thử ${run}: hương vị vùng đồi.`

  try {
    // The product's page is read (and cached) before the change.
    await page.goto(`/vi/products/${before.handle}`)
    await expect(page.getByText(description)).toHaveCount(0)
    await page.goto("/vi/account/producer")
    const form = page.getByTestId("login-form")
    await form.locator("#login-email").fill(email)
    await form.locator("#login-password").fill(PASSWORD)
    await form.getByRole("button", { name: "Đăng nhập", exact: true }).click()
    await page.getByTestId("producer-products-link").click()
    await expect(page).toHaveURL("/vi/account/producer/products")
    await expect(page.getByRole("heading", { name: "Sản phẩm", exact: true })).toBeVisible()
    await expectNoSidewaysScroll(page)

    const item = page.locator(`#p-${before.id}`)
    await item.getByLabel("Mô tả (tiếng Việt)").fill(description)
    await item.locator(`#price-${variant.id}`).fill("125.000")
    await item.getByRole("button", { name: "Lưu" }).click()
    await expect(item.getByTestId("producer-product-done")).toHaveText("Đã lưu. Người mua thấy thay đổi ngay.")
    await expect(item.getByTestId("producer-price-history")).toContainText("125.000")
    expect(await shopDescription()).toBe(description)
    expect((await mine()).variants.find((v) => v.id === variant.id)?.price).toBe(125_000)
    await expectNoSidewaysScroll(page)
    // The product's page, cached by the storefront, shows the new text within moments: the backend's
    // signed revalidation follows the saved edit through an event, after the answer to the form.
    await expect(async () => {
      await page.goto(`/vi/products/${before.handle}`)
      await expect(page.getByText(description)).toBeVisible({ timeout: 500 })
    }).toPass({ timeout: 10_000, intervals: [250, 500, 1_000] })

    await page.goto("/en/account/producer/products")
    const en = page.locator(`#p-${before.id}`)
    await en.locator(`#price-${variant.id}`).fill("-5")
    await en.getByRole("button", { name: "Save" }).click()
    await expect(en.getByTestId("producer-product-problem")).toHaveText("A price must be above zero.")
    expect((await mine()).variants.find((v) => v.id === variant.id)?.price).toBe(125_000)
    await expectNoSidewaysScroll(page)
  } finally {
    // The shop reads as before, and the subject is free again for the next run against the same shop.
    await request.post(`${adminUrl}/store/producer/products/${before.id}`, {
      headers: owner,
      data: { description: before.texts.description, variants: [{ id: variant.id, price: variant.price }] },
    })
    await admin.call("post", `/admin/trade/businesses/${businessId}/release`, { reason: "Kiểm thử trình duyệt xong" })
  }
})
