import { expect, test } from "@playwright/test"
import { expectNoSidewaysScroll } from "./support/phone"
import { adminUrl, officialApi, PASSWORD, producerOwner } from "./support/producer"

// A producer's stock on a phone with JavaScript off: its owner (the account an official verified)
// opens the stock page from the workspace, sets the level of a variant at its own warehouse and the
// storefront then sells that many more; it sees the sales points' levels without a form for them;
// in English, a level below zero or a fraction is refused in the page's words and nothing changes.
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, javaScriptEnabled: false })

const run = Date.now() % 1_000_000_000
/** Demo subjects whose products Medusa counts stock for; the first no verified account speaks for. */
const CANDIDATES = ["ta-lu", "ga-cua-tam-bac", "mien-tay-quang-binh", "vuong-doan"]

test("a producer sets its warehouse's level on the stock page, the shop sells that many more, and a negative or fractional level is refused in the page's language", async ({
  page,
  request,
}) => {
  test.setTimeout(90_000)
  const admin = await officialApi(request)
  const { email, headers, owner, businessId } = await producerOwner(request, admin, {
    run,
    candidates: CANDIDATES,
    label: "kho",
    taxCodeBase: 8_100_000_000,
  })

  // The first variant the producer counts stock for, and what the storefront can sell of it now.
  const stock = await (await request.get(`${adminUrl}/store/producer/stock`, { headers: owner })).json()
  const row = stock.rows.find((r: { inventory_item_id: string | null }) => r.inventory_item_id)
  const sellable = async () => {
    const res = await request.get(
      `${adminUrl}/store/products/${row.product.id}?fields=variants.id,+variants.inventory_quantity`,
      { headers },
    )
    return (await res.json()).product.variants.find((v: { id: string }) => v.id === row.variant.id)
      .inventory_quantity as number
  }
  const before = await sellable()

  try {
    await page.goto("/vi/account/producer")
    const form = page.getByTestId("login-form")
    await form.locator("#login-email").fill(email)
    await form.locator("#login-password").fill(PASSWORD)
    await form.getByRole("button", { name: "Đăng nhập", exact: true }).click()
    await page.getByTestId("producer-stock-link").click()
    await expect(page).toHaveURL("/vi/account/producer/stock")
    await expect(page.getByRole("heading", { name: "Kho hàng" })).toBeVisible()
    const item = page.locator(`#v-${row.variant.id}`)
    await expect(item.getByTestId("producer-stock-warehouse")).toHaveText("Kho của bạn: chưa có hàng")
    // The sales points' levels are shown, with one form only: the warehouse's.
    await expect(item.getByTestId("producer-stock-points")).toContainText("Điểm bán")
    await expect(item.locator("form")).toHaveCount(1)
    await expectNoSidewaysScroll(page)

    await item.getByLabel("Số lượng tồn tại kho").fill("7")
    await item.getByRole("button", { name: "Lưu" }).click()
    await expect(item.getByTestId("producer-stock-done")).toHaveText("Đã lưu số lượng tồn kho.")
    await expect(item.getByTestId("producer-stock-warehouse")).toHaveText(
      "Kho của bạn: còn bán được 7 (tồn 7, đang giữ cho đơn 0)",
    )
    expect(await sellable()).toBe(before + 7)
    await expectNoSidewaysScroll(page)

    // In English: a negative and a fractional level are refused in the page's words; 7 stays.
    await page.goto("/en/account/producer/stock")
    const en = page.locator(`#v-${row.variant.id}`)
    await en.getByLabel("Quantity in stock at your warehouse").fill("-2")
    await en.getByRole("button", { name: "Save" }).click()
    await expect(en.getByTestId("producer-stock-problem")).toHaveText("The quantity cannot be below zero.")
    await en.getByLabel("Quantity in stock at your warehouse").fill("1.5")
    await en.getByRole("button", { name: "Save" }).click()
    await expect(en.getByTestId("producer-stock-problem")).toHaveText("The quantity must be a whole number.")
    await expect(en.getByTestId("producer-stock-warehouse")).toHaveText(
      "Your warehouse: 7 available (7 in stock, 0 held for orders)",
    )
    await expectNoSidewaysScroll(page)
  } finally {
    // The shop sells as before, and the subject is free again for the next run against the same shop.
    await request.post(`${adminUrl}/store/producer/stock`, {
      headers: owner,
      data: { variant_id: row.variant.id, stocked_quantity: 0 },
    })
    await admin.call("post", `/admin/trade/businesses/${businessId}/release`, { reason: "Kiểm thử trình duyệt xong" })
  }
})
