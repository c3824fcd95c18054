import { expect, test, type Page } from "@playwright/test"
import sharp from "sharp"
import { formatVnd } from "@ocop/core"
import { guestOrder, sellableRow } from "./support/orders"
import { expectNoSidewaysScroll } from "./support/phone"
import { adminUrl, officialApi, producerOwner } from "./support/producer"
import { runThisMonth } from "./support/settlement"

// A return asked from the order's page, on a phone with JavaScript off: a guest's cash order is
// delivered by its producer (through the APIs); the guest opens its confirmation link, folds open
// "Trả hàng", chooses one packet, a reason, a photo and the account the refund goes to, and sends it;
// the page says it was sent and shows the return waiting for the producer. The English page shows the
// same return in English. Then the producer, signed in, opens its returns, sees the request with the
// shopper's photo, accepts it; once the guest has sent the parcel back (through the API) it marks it
// received, and reads the English page; once an official has transferred the money back, the month's
// statement lists the refund as a line of its own. Nothing scrolls sideways.
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, javaScriptEnabled: false })

const run = Date.now() % 1_000_000_000
const CANDIDATES = ["tuan-linh", "htx-tan-hop", "htx-vinh-hoa", "htx-vinh-chap", "pun-coffee", "vuong-doan"]

test("a guest asks to return a delivered item from its order page, in Vietnamese, and reads it in English", async ({
  page,
  request,
}) => {
  test.setTimeout(60_000)
  const admin = await officialApi(request)
  const owner = await producerOwner(request, admin, {
    run,
    candidates: CANDIDATES,
    label: "tra",
    taxCodeBase: 8_600_000_000,
  })
  const row = await sellableRow(request, owner)
  const { order, token } = await guestOrder(request, owner.headers, [row.variant.id], `khach-tra-${run}@example.com`)
  const parts = async () =>
    (await (await request.get(`${adminUrl}/store/producer/orders`, { headers: owner.owner })).json()).orders
  await expect.poll(async () => (await parts()).length).toBe(1)
  const [part] = await parts()
  for (const [action, data] of [
    ["ship", { carrier: "ghn", tracking_number: `GHN-${run}` }],
    ["deliver", {}],
  ] as const) {
    const res = await request.post(`${adminUrl}/store/producer/orders/${part.id}/${action}`, {
      headers: owner.owner,
      data,
    })
    expect(res.status(), await res.text()).toBe(200)
  }

  const link = (locale: string) => `/${locale}/order/${order.id}/confirmed?access=${encodeURIComponent(token)}`
  await page.goto(link("vi"))
  const returns = page.getByTestId("order-returns")
  await expect(returns).toContainText("trong vòng 7 ngày kể từ khi giao")
  const form = returns.getByTestId("return-request")
  await form.locator("summary").click()
  await form.getByLabel(row.product.title).fill("1")
  await form.getByLabel("Lý do", { exact: true }).selectOption({ label: "Hư hỏng khi giao" })
  await form.getByLabel("Mô tả thêm").fill("Gói bị rách khi nhận")
  const photo = await sharp({ create: { width: 640, height: 480, channels: 3, background: "#8a5a2b" } })
    .jpeg()
    .toBuffer()
  await form.locator('input[name="photos"]').setInputFiles({ name: "rach.jpg", mimeType: "image/jpeg", buffer: photo })
  await form.getByLabel("Ngân hàng", { exact: true }).selectOption({ index: 1 })
  await form.getByLabel("Số tài khoản", { exact: true }).fill("0123 456 789")
  await form.getByLabel("Chủ tài khoản").fill("NGUYEN VAN MAU")
  await expectNoSidewaysScroll(page)
  await form.getByRole("button", { name: "Gửi yêu cầu trả hàng" }).click()
  await expect(page.getByTestId("returns-outcome")).toHaveText(
    "Đã gửi yêu cầu trả hàng. Chúng tôi sẽ gửi e-mail khi nhà sản xuất trả lời.",
  )
  await expect(page.getByTestId("order-return")).toHaveCount(1)
  await expect(page.getByTestId("return-status")).toHaveText("Chờ nhà sản xuất")
  await expect(page.getByTestId("order-return")).toContainText(`${row.product.title}`)
  await expectNoSidewaysScroll(page)

  await page.goto(link("en"))
  await expect(page.getByTestId("order-returns")).toContainText("within 7 days of delivery")
  await expect(page.getByTestId("return-status")).toHaveText("Waiting for the producer")
  await expectNoSidewaysScroll(page)

  // The carrier's cash recorded by an official: a return is accepted only on a captured payment.
  const { order: paid } = await admin.call("get", `/admin/orders/${order.id}?fields=payment_collections.payments.id`)
  await admin.call("post", `/admin/payments/${paid.payment_collections[0].payments[0].id}/capture`, {})

  // The producer, signed in (its login cookie, as the producer-orders test sets it), finds the request.
  await page
    .context()
    .addCookies([
      { name: "_ocop_jwt", value: owner.owner.authorization.replace(/^Bearer /, ""), url: new URL(page.url()).origin },
    ])
  await page.goto("/vi/account/producer")
  await page.getByTestId("producer-returns-link").click()
  const card = page.getByTestId("producer-return")
  await expect(card).toHaveCount(1)
  await expect(card.getByTestId("producer-return-status")).toHaveText("Chờ bạn quyết định")
  await expect(card).toContainText("Hư hỏng khi giao · 1 ảnh")
  await expectNoSidewaysScroll(page)
  await card.getByRole("link").click()
  await expect(page.getByTestId("producer-return-why")).toContainText("Gói bị rách khi nhận")
  await expectShopperPhoto(page)
  await expectNoSidewaysScroll(page)
  await page.getByLabel("Ghi chú cho khách (không bắt buộc)").fill("Gửi về hợp tác xã giúp")
  await page.getByRole("button", { name: "Chấp nhận trả hàng" }).click()
  await expect(page.getByTestId("producer-return-done")).toHaveText(
    "Đã chấp nhận. Khách nhận e-mail để gửi hàng trả lại.",
  )
  await expect(page.getByTestId("producer-return-status")).toHaveText("Đã chấp nhận, chờ khách gửi")

  // The guest sends the parcel back; the producer marks it received: back in stock, the refund due.
  const [request0] = (
    await (
      await request.get(`${adminUrl}/store/ocop/orders/${order.id}/returns`, {
        headers: { ...owner.headers, "x-ocop-order-access": token },
      })
    ).json()
  ).returns
  const shipped = await request.post(`${adminUrl}/store/ocop/orders/${order.id}/returns/${request0.id}/ship-back`, {
    headers: { ...owner.headers, "x-ocop-order-access": token },
    data: { carrier: "vnpost", tracking_number: `EB${run}VN` },
  })
  expect(shipped.status(), await shipped.text()).toBe(200)
  await page.reload()
  await expect(page.getByTestId("producer-return-tracking")).toContainText(`EB${run}VN`)
  await page.getByRole("button", { name: "Đã nhận lại hàng" }).click()
  await expect(page.getByTestId("producer-return-status")).toHaveText("Đã nhận lại, chờ hoàn tiền")
  await expect(page.getByTestId("producer-return-history")).toContainText("đã nhận lại hàng")
  await expectNoSidewaysScroll(page)

  await page.goto(page.url().replace("/vi/", "/en/").replace(/\?.*$/, ""))
  await expect(page.getByTestId("producer-return-status")).toHaveText("Received, refund due")
  await expect(page.getByTestId("producer-return-actions")).toHaveCount(0)
  await expectShopperPhoto(page)
  await expectNoSidewaysScroll(page)

  // An official transfers the money back; the month's statement lists the refund as a line of its own.
  await admin.call("post", `/admin/return-requests/${request0.id}/refund`, { reference: `FT${run}` })
  await runThisMonth(admin)
  await page.goto("/en/account/producer/statements")
  await page.getByTestId("statement-details").first().click()
  const refund = page.getByTestId("statement-refund")
  await expect(refund).toHaveCount(1)
  await expect(refund).toContainText(`Order #${order.display_id}`)
  await expect(refund).toContainText(`${row.product.title}`)
  await expect(refund).toContainText(`− ${formatVnd(order.items[0].unit_price)}`)
  await expectNoSidewaysScroll(page)
})

/** The shopper's photo as a thumbnail that loaded, served privately through the storefront. */
async function expectShopperPhoto(page: Page) {
  const thumb = page.getByTestId("producer-return-photos").locator("img")
  await expect(thumb).toHaveCount(1)
  await expect
    .poll(() => thumb.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0)
  const res = await page.request.get((await thumb.getAttribute("src"))!)
  expect([res.status(), res.headers()["content-type"], res.headers()["cache-control"]]).toEqual([
    200,
    "image/webp",
    "private, no-store",
  ])
}
