import { expect, test } from "@playwright/test"
import { guestOrder, sellableRow } from "./support/orders"
import { expectNoSidewaysScroll } from "./support/phone"
import { adminUrl, officialApi, producerOwner } from "./support/producer"

// A return asked from the order's page, on a phone with JavaScript off: a guest's cash order is
// delivered by its producer (through the APIs); the guest opens its confirmation link, folds open
// "Trả hàng", chooses one packet, a reason and the account the refund goes to, and sends it; the page
// says it was sent and shows the return waiting for the producer. The English page shows the same
// return in English. Nothing scrolls sideways.
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
})
