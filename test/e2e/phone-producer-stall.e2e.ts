import { expect, test } from "@playwright/test"
import sharp from "sharp"
import { expectNoSidewaysScroll } from "./support/phone"
import { adminUrl, officialApi, PASSWORD, producerOwner } from "./support/producer"

// A producer's stall on a phone with JavaScript off: its owner writes the story (vi and en) on the
// stall page, adds a photo taken with the phone to a product and makes it the product's picture;
// the public stall page shows the story, the photo, the OCOP stars and where to buy, in both
// languages, without sideways scroll; a file that is not a photo is refused in English.
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, javaScriptEnabled: false })

const run = Date.now() % 1_000_000_000
/** Demo subjects with products; the first no verified account speaks for. */
const CANDIDATES = ["ga-cua-tam-bac", "mien-tay-quang-binh", "vuong-doan", "ta-lu"]

test("a producer tells its story and adds a photo on the phone, and its stall shows them in vi and en", async ({
  page,
  request,
}) => {
  test.setTimeout(90_000)
  const admin = await officialApi(request)
  const { email, owner, businessId } = await producerOwner(request, admin, {
    run,
    candidates: CANDIDATES,
    label: "gh",
    taxCodeBase: 8_300_000_000,
  })
  const api = async (path: string, data?: unknown) => {
    const res = data
      ? await request.post(`${adminUrl}${path}`, { headers: owner, data })
      : await request.get(`${adminUrl}${path}`, { headers: owner })
    expect(res.status(), `${path}: ${await res.text()}`).toBeLessThan(300)
    return res.json()
  }
  const { stall: before } = await api("/store/producer/stall")
  const [product] = (await api("/store/producer/products")).products as { id: string; photos: { id: string }[] }[]
  const story = { vi: `Chuyện nhà vườn ${run}: làm từ nguyên liệu quê.`, en: `Our farm's story ${run}: local produce.` }
  // A phone camera's picture, with the camera's EXIF (the shop drops it).
  const jpeg = await sharp({ create: { width: 1200, height: 900, channels: 3, background: "#2f6f3e" } })
    .jpeg()
    .withExif({ IFD0: { Make: "PhoneCam" } })
    .toBuffer()

  try {
    await page.goto("/vi/account/producer")
    const form = page.getByTestId("login-form")
    await form.locator("#login-email").fill(email)
    await form.locator("#login-password").fill(PASSWORD)
    await form.getByRole("button", { name: "Đăng nhập", exact: true }).click()
    await page.getByTestId("producer-stall-link").click()
    await expect(page).toHaveURL("/vi/account/producer/stall")
    await page.getByLabel("Câu chuyện (tiếng Việt)").fill(story.vi)
    await page.getByLabel("Câu chuyện (tiếng Anh)").fill(story.en)
    await page.getByRole("button", { name: "Lưu" }).click()
    await expect(page.getByTestId("producer-stall-done")).toHaveText("Đã lưu. Người mua thấy câu chuyện mới ngay.")
    await expectNoSidewaysScroll(page)

    await page.goto(`/vi/account/producer/products/${product.id}/photos`)
    const photos = page.getByTestId("producer-photo")
    await expect(photos).toHaveCount(product.photos.length)
    await page.locator("#photos").setInputFiles({ name: "vuon.jpg", mimeType: "image/jpeg", buffer: jpeg })
    await page.getByRole("button", { name: "Tải ảnh lên" }).click()
    await expect(page.getByTestId("producer-photos-done")).toHaveText("Đã lưu. Người mua thấy ảnh ngay.")
    await expect(photos).toHaveCount(product.photos.length + 1)
    await photos.last().getByRole("button", { name: "Làm ảnh đại diện" }).click()
    await expect(photos.first().getByText("Ảnh đại diện")).toBeVisible()
    const added = (await api("/store/producer/products")).products.find((p: { id: string }) => p.id === product.id)
      .photos[0] as { id: string; widths: { url: string }[] }
    expect(added.widths.map((w) => w.url)).toHaveLength(3)
    const srcset = await photos.first().locator("img").getAttribute("srcset")
    expect(srcset).toContain(`${added.widths[0].url} 400w`)
    await expectNoSidewaysScroll(page)

    // The public stall follows the saved changes once the backend's signed revalidation arrives.
    await expect(async () => {
      await page.goto(`/vi/producers/${before.key}`)
      await expect(page.getByTestId("producer-story")).toHaveText(story.vi, { timeout: 500 })
    }).toPass({ timeout: 10_000, intervals: [250, 500, 1_000] })
    await expect(page.getByTestId("producer-photos").locator(`img[src="${added.widths.at(-1)!.url}"]`)).toHaveCount(1)
    await expect(page.getByTestId("producer-rating")).toContainText("sao")
    await expect(page.getByRole("heading", { name: "Mua ở đâu" })).toBeVisible()
    await expectNoSidewaysScroll(page)
    await page.goto(`/en/producers/${before.key}`)
    await expect(page.getByTestId("producer-story")).toHaveText(story.en)
    await expect(page.getByRole("heading", { name: "OCOP stars" })).toBeVisible()
    await expect(page.getByRole("heading", { name: "Where to buy" })).toBeVisible()
    await expectNoSidewaysScroll(page)

    await page.goto(`/en/account/producer/products/${product.id}/photos`)
    await page
      .locator("#photos")
      .setInputFiles({ name: "not.jpg", mimeType: "image/jpeg", buffer: Buffer.from("%PDF") })
    await page.getByRole("button", { name: "Upload" }).click()
    await expect(page.getByTestId("producer-photos-problem")).toHaveText(
      "This file is not an image that can be read (JPEG, PNG, WebP, GIF or AVIF).",
    )
    await expect(page.getByTestId("producer-photo")).toHaveCount(product.photos.length + 1)
    await expectNoSidewaysScroll(page)
  } finally {
    // The shop reads as before, and the subject is free again for the next run against the same shop.
    await api(`/store/producer/products/${product.id}/gallery`, { photos: product.photos.map((p) => p.id) })
    await api("/store/producer/stall", { story_vi: before.story_vi ?? "", story_en: before.story_en ?? "" })
    await admin.call("post", `/admin/trade/businesses/${businessId}/release`, { reason: "Kiểm thử trình duyệt xong" })
  }
})
