import { expect, test, type Page } from "@playwright/test"
import { guestOrder, sellableRow, storeCall } from "./support/orders"
import { expectNoSidewaysScroll } from "./support/phone"
import { adminUrl, officialApi, PASSWORD, producerOwner } from "./support/producer"

// Reviews from real buyers on a phone, in Vietnamese and English: the demo coffee's page shows its
// summary, distribution and (demo-marked) reviews with the producer's reply and the size bought in the
// page's language, and states no rating in its structured data (demo reviews are nobody's opinion);
// its producer's stall and the catalogue show its rating, other products none. Then a shopper buys a
// product, its producer delivers it, the shopper reviews it with markup in the text, an official
// approves: the product's page and its producer's stall, cached before, show it at once (the
// backend's revalidation), the markup as typed, and its structured data's AggregateRating matches the
// summary shown. The shopper's account shows it published; the producer replies from its workspace's
// reviews page: the reply waits for officials, is rejected with a reason, written once more, approved,
// and reaches the cached product page at once.
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

const run = Date.now() % 1_000_000_000
/** Demo subjects with one listed product each that no other browser test takes. */
const CANDIDATES = ["an-xuan", "mai-thi-thuy", "hung-dung", "nhien-thao", "tieu-cua"]
const MARKUP = `<b>Đậm</b> & thơm <script>alert(1)</script> — lần ${run}`

type JsonLd = { aggregateRating?: { ratingValue: number; reviewCount: number }; review?: { reviewBody: string }[] }
const jsonLd = async (page: Page) =>
  JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? "{}") as JsonLd
const shownNumber = async (page: Page, testId: string) =>
  Number((await page.getByTestId(testId).innerText()).replace(",", ".").match(/[\d.]+/)![0])

test("a product page shows its reviews' summary and list on a phone in both languages, and an approved review reaches the cached page at once, escaped, with matching structured data", async ({
  page,
  request,
}) => {
  test.setTimeout(60_000)
  for (const [locale, count, demo, sizes, rated] of [
    ["vi", /2 đánh giá/, "Dữ liệu demo", ["Đã mua: Gói 250 g", "Đã mua: Gói 500 g"], "4,5/5 từ 2 đánh giá"],
    ["en", /2 reviews/, "Demo data", ["Bought: Pack 250 g", "Bought: Pack 500 g"], "4.5/5 from 2 reviews"],
  ] as const) {
    await page.goto(`/${locale}/products/ca-phe-khe-sanh`)
    const reviews = page.getByTestId("product-reviews")
    await expect(reviews.getByTestId("rating-count")).toHaveText(count)
    await expect(reviews.getByTestId("rating-average")).toHaveText(locale === "vi" ? "4,5" : "4.5")
    await expect(reviews.getByTestId("rating-row-5")).toContainText("1")
    await expect(reviews.getByTestId("rating-row-4")).toContainText("1")
    await expect(reviews.getByTestId("review")).toHaveCount(2)
    await expect(reviews.getByTestId("review-demo").first()).toHaveText(demo)
    await expect(reviews.getByTestId("review-reply")).toHaveCount(1)
    expect((await reviews.getByTestId("review-bought").allInnerTexts()).sort()).toEqual(sizes)
    expect(await jsonLd(page)).not.toHaveProperty("aggregateRating")
    await expectNoSidewaysScroll(page)
    // Where shoppers compare: the stall's summary and tile, the catalogue's tile; none without reviews.
    await page.goto(`/${locale}/producers/htx-khe-sanh`)
    await expect(page.getByTestId("stall-reviews-summary")).toContainText(locale === "vi" ? "4,5" : "4.5")
    await expect(page.getByTestId("stall-reviews-summary")).toContainText(locale === "vi" ? "2 đánh giá" : "2 buyers")
    await expect(page.getByTestId("product-card").getByTestId("tile-rating")).toHaveText(`★ ${rated}`)
    await expectNoSidewaysScroll(page)
    await page.goto(`/${locale}/products?q=${encodeURIComponent("cà phê")}`)
    await expect(
      page.locator('[data-testid="search-card"][href$="/products/ca-phe-khe-sanh"]').getByTestId("tile-rating"),
    ).toHaveText(`★ ${rated}`)
    await expect(
      page.locator('[data-testid="search-card"][href$="/products/ca-phe-hat-ta-lu"] [data-testid="tile-rating"]'),
    ).toHaveCount(0)
    await expectNoSidewaysScroll(page)
  }

  // A real buyer: bought, delivered by the producer, reviewed, approved.
  const admin = await officialApi(request)
  const owner = await producerOwner(request, admin, {
    run,
    candidates: CANDIDATES,
    label: "danh-gia",
    taxCodeBase: 8_600_000_000,
  })
  const row = await sellableRow(request, owner)
  const headers = { "x-forwarded-for": owner.headers["x-forwarded-for"], "x-publishable-api-key": admin.key }
  const email = `mua-danh-gia-${run}@example.com`
  const reg = await request.post(`${adminUrl}/auth/customer/emailpass/register`, {
    data: { email, password: PASSWORD },
    headers,
  })
  const registered = { ...headers, authorization: `Bearer ${(await reg.json()).token}` }
  await storeCall(request, registered)("/store/customers", { email, first_name: "Hoa" })
  const login = await request.post(`${adminUrl}/auth/customer/emailpass`, {
    data: { email, password: PASSWORD },
    headers,
  })
  const shopper = { ...headers, authorization: `Bearer ${(await login.json()).token}` }
  const { order } = await guestOrder(request, shopper, [row.variant.id], email)
  const { products } = await storeCall(request, headers)(`/store/products?id=${row.product.id}&fields=handle`)
  const path = `/vi/products/${products[0].handle}`
  const stall = `/en/producers/${owner.subject.key}`
  await page.goto(path) // cached from here on, without the review
  await page.goto(stall) // the same
  await expect(page.getByTestId("stall-reviews")).toHaveCount(0)
  const producer = storeCall(request, owner.owner)
  const { orders } = await producer("/store/producer/orders?limit=100")
  const part = orders.find((o: { order_id: string }) => o.order_id === order.id)
  await producer(`/store/producer/orders/${part.id}/ship`, { carrier: "ghtk", tracking_number: `GHTK-${run}` })
  await producer(`/store/producer/orders/${part.id}/deliver`, {})
  const mine = storeCall(request, shopper)
  const [item] = (await mine("/store/ocop/me/reviews")).reviewable
  const sent = await request.post(`${adminUrl}/store/ocop/me/reviews`, {
    headers: shopper,
    data: { item_id: item.item_id, rating: 4, text: MARKUP },
  })
  expect(sent.status(), await sent.text()).toBe(201)
  await admin.call("post", `/admin/reviews/${(await sent.json()).review.id}/approve`, {})

  await expect(async () => {
    await page.goto(path)
    await expect(page.getByTestId("review-text").filter({ hasText: `lần ${run}` })).toHaveCount(1, { timeout: 500 })
  }).toPass({ timeout: 10_000 })
  const text = page.getByTestId("review-text").filter({ hasText: `lần ${run}` })
  await expect(text).toHaveText(MARKUP)
  await expect(text.locator("b, script")).toHaveCount(0)
  const data = await jsonLd(page)
  expect(data.aggregateRating).toEqual(
    expect.objectContaining({
      ratingValue: await shownNumber(page, "rating-average"),
      reviewCount: await shownNumber(page, "rating-count"),
    }),
  )
  expect(data.review?.map((r) => r.reviewBody)).toContain(MARKUP)
  await expectNoSidewaysScroll(page)
  await page.goto(stall)
  await expect(page.getByTestId("stall-reviews-summary")).toContainText("4.0 out of 5 stars")

  // The shopper's account lists it as published; the producer replies from its workspace, once.
  const signIn = async (authorization: string) => {
    await page.context().clearCookies()
    await page.context().addCookies([
      {
        name: "_ocop_jwt",
        value: authorization.replace(/^Bearer /, ""),
        url: process.env.BASE_URL ?? "http://localhost:8000",
      },
    ])
  }
  await signIn(shopper.authorization)
  await page.goto("/vi/account/reviews")
  await expect(page.getByTestId("my-review-status")).toHaveText("Đã đăng")
  await expectNoSidewaysScroll(page)
  await signIn(owner.owner.authorization)
  await page.goto("/en/account/producer/reviews")
  const card = page.getByTestId("producer-review").filter({ hasText: `lần ${run}` })
  const reply = async (text: string) => {
    await card.getByLabel("Public reply (shown once an official approves it)").fill(text)
    await card.getByRole("button", { name: "Send reply" }).click()
    await expect(page.getByTestId("producer-reviews-done")).toHaveText(
      "Reply sent. It will be shown under the review once an official has approved it.",
    )
    await expect(card.getByTestId("producer-review-reply-state")).toHaveText("Your reply is waiting for moderation")
    await expect(card.getByRole("button", { name: "Send reply" })).toHaveCount(0)
  }
  await reply("Gọi 0912 345 678 nhé chị.")
  const reviewId = (await sent.json()).review.id
  await admin.call("post", `/admin/reviews/${reviewId}/reply/reject`, { reason: "Không đăng số điện thoại" })
  await page.reload()
  await expect(card.getByTestId("producer-review-reply-state")).toHaveText("Your reply was not published")
  await expect(card).toContainText("Reason: Không đăng số điện thoại")
  await expect(card).toContainText("You may rewrite your reply once.")
  await expectNoSidewaysScroll(page)
  await reply("Cảm ơn chị đã tin dùng.")
  await admin.call("post", `/admin/reviews/${reviewId}/reply/approve`, {})
  await page.goto("/vi/account/producer/reviews")
  await expect(card.getByTestId("producer-review-reply-state")).toHaveText("Phản hồi của bạn đã được đăng")
  await expect(card.getByRole("button", { name: "Gửi phản hồi" })).toHaveCount(0)
  await expectNoSidewaysScroll(page)
  // The cached product page shows the reply at once.
  await expect(async () => {
    await page.goto(path)
    await expect(page.getByTestId("review-reply")).toContainText("Cảm ơn chị đã tin dùng.", { timeout: 500 })
  }).toPass({ timeout: 10_000 })
})
