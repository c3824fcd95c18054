import { type APIRequestContext, type Browser, expect, test } from "@playwright/test"
import sharp from "sharp"
import { freshLabelUrl } from "./support/labels"
import { adminHeaders, expectNoSidewaysScroll } from "./support/phone"

// A tourist who doubts a package reports it from the scan page on a phone (issue 18): no account,
// a photo, in Vietnamese or English, with JavaScript on or off; officials then see the report with
// the serial's scan history in the Admin API; and a visitor who sent too many reads why it waits.
const adminUrl = process.env.ADMIN_URL ?? "http://localhost:9000"
const PHONE =
  "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36"
const run = Date.now() % 1_000_000

const words = {
  vi: {
    locale: "vi-VN",
    open: "Báo cáo nghi hàng giả",
    reason: "Bao bì hoặc nhãn khác với hàng thật",
    details: "Mô tả thêm",
    place: "Bạn mua ở đâu?",
    photo: "Ảnh chụp sản phẩm",
    contact: "Số điện thoại hoặc email của bạn",
    send: "Gửi báo cáo",
    thanks: "Cảm ơn bạn. Báo cáo đã được gửi: cán bộ quản lý sẽ xem xét.",
    throttled: "Bạn đã gửi nhiều báo cáo trong thời gian ngắn. Vui lòng thử lại sau một giờ.",
  },
  en: {
    locale: "en-GB",
    open: "Report a suspected counterfeit",
    reason: "The packaging or label looks different from the genuine product",
    details: "Tell us more",
    place: "Where did you buy it?",
    photo: "Photo of the package",
    contact: "Your phone number or e-mail",
    send: "Send the report",
    thanks: "Thank you. Your report has been sent: officials will look into it.",
    throttled: "You have sent several reports in a short time. Please try again in an hour.",
  },
}

/** A phone at 390 × 844 whose browser speaks `locale`. */
const phone = (browser: Browser, locale: keyof typeof words, javaScriptEnabled = true) =>
  browser.newContext({
    viewport: { width: 390, height: 844 },
    userAgent: PHONE,
    javaScriptEnabled,
    locale: words[locale].locale,
  })

/** A picture of the package as a phone sends it: a small PNG. */
const packagePhoto = () =>
  sharp({ create: { width: 640, height: 480, channels: 3, background: { r: 20, g: 90, b: 160 } } })
    .png()
    .toBuffer()

async function reportsAsOfficial(request: APIRequestContext) {
  const headers = await adminHeaders(request)
  const list = await request.get(`${adminUrl}/admin/traceability/reports?status=new&limit=200`, { headers })
  expect(list.status()).toBe(200)
  return { headers, reports: (await list.json()).reports as { id: string; details: string | null }[] }
}

for (const [locale, javaScript] of [
  ["vi", false],
  ["en", true],
] as const) {
  test(`a visitor reports a package with a photo from a phone, ${locale}, JavaScript ${javaScript ? "on" : "off"}; officials see it with the serial's scans`, async ({
    browser,
    request,
  }) => {
    const t = words[locale]
    const label = await freshLabelUrl(request)
    const serial = new URL(label).pathname.split("/").pop()
    const context = await phone(browser, locale, javaScript)
    const page = await context.newPage()
    await page.goto(label)
    await expect(page).toHaveURL(new RegExp(`/${locale}/01/.*\\?s=`))

    const form = page.getByTestId("report-form")
    await expect(form).toBeHidden()
    await page.getByText(t.open).click()
    await expect(form).toBeVisible()
    await expectNoSidewaysScroll(page)

    const said = `Nắp chai lỏng, tem mờ — run ${run} ${locale}`
    await form.getByLabel(t.reason).check()
    await form.getByLabel(t.details).fill(said)
    await form.getByLabel(t.place).fill("Chợ Đông Hà")
    await form
      .getByLabel(t.photo)
      .setInputFiles({ name: "goi-hang.png", mimeType: "image/png", buffer: await packagePhoto() })
    await form.getByLabel(t.contact).fill("0912 345 678")
    await expectNoSidewaysScroll(page)
    await form.getByRole("button", { name: t.send }).click()

    await expect(page).toHaveURL(/report=sent/)
    await expect(page.getByTestId("report-outcome")).toHaveText(t.thanks)
    // Back on the same scan page, its signature kept: still the genuine verdict, no false warning.
    await expect(page).toHaveURL(new RegExp(`/${locale}/01/.*\\?s=[\\w-]{12}&report=sent`))
    await expect(form).toBeHidden()
    await expectNoSidewaysScroll(page)
    await context.close()

    const { headers, reports } = await reportsAsOfficial(request)
    const found = reports.find((r) => r.details === said)
    expect(found, "the official's list holds the report").toBeDefined()
    const detail = await (await request.get(`${adminUrl}/admin/traceability/reports/${found!.id}`, { headers })).json()
    expect(detail.report).toMatchObject({
      reason: "packaging_differs",
      place: "Chợ Đông Hà",
      contact: "+84912345678",
      locale,
      token_state: "valid",
      product: { handle: "nuoc-mam-tung-van" },
    })
    // The visitor's own scan, before the report: the serial's history shows it.
    expect(detail.serial.serial).toBe(serial)
    expect(detail.scans.length).toBeGreaterThanOrEqual(1)
    expect(detail.scans[0]).toMatchObject({ device: "android", verdict: "resolved" })
    const photo = await request.get(`${adminUrl}${detail.report.photo_url}`, { headers })
    expect(photo.headers()["content-type"]).toBe("image/webp")
    expect((await sharp(await photo.body()).metadata()).width).toBe(640)
  })
}

test("a visitor who sent too many reports is told, in English, to try again in an hour", async ({ browser }) => {
  // The storefront names each visitor by the connection it received (storefront/server.mjs), so every
  // browser test is one visitor to the shop: this one uses up what the tests above left of its five
  // reports an hour. A shop started afresh (as the lifecycle test's is) gives the file a clean hour.
  const context = await phone(browser, "en")
  const page = await context.newPage()
  const outcomes: string[] = []
  for (let i = 0; i < 6 && !outcomes.includes("throttled"); i++) {
    await page.goto("/en/01/08930000001054/10/NM2610")
    await page.getByText(words.en.open).click()
    await page.getByTestId("report-form").getByLabel(words.en.reason).check()
    await page.getByRole("button", { name: words.en.send }).click()
    await expect(page).toHaveURL(/report=/)
    outcomes.push(new URL(page.url()).searchParams.get("report")!)
  }
  // Thanked until the limit, then told to wait; at most five in all from this visitor.
  expect(outcomes.at(-1)).toBe("throttled")
  expect(outcomes.slice(0, -1).every((o) => o === "sent")).toBe(true)
  await expect(page.getByTestId("report-outcome")).toHaveText(words.en.throttled)
  // The form stays open for later, and nothing the visitor wrote went into the address.
  await expect(page.getByTestId("report-form")).toBeVisible()
  expect(page.url()).toMatch(/\/en\/01\/08930000001054\/10\/NM2610\?report=throttled#report$/)
  await expectNoSidewaysScroll(page)
  await context.close()
})
