import { expect, type Page, test } from "@playwright/test"
import { parseEmv } from "@ocop/core"
import jsQR from "jsqr"
import fs from "node:fs"
import sharp from "sharp"
import { expectNoSidewaysScroll } from "./support/phone"
import { expectAccessible } from "./support/accessibility"
import { addToCart, fillRecipient, type Locale, text } from "./support/phone-checkout"

// Checkout on a phone: what it charges is shown before the order, and a VietQR transfer can be paid
// from the same phone. A product that lost its certificate, flagged in the cart, is
// phone-checkout-revoked.e2e.ts: it revokes a certificate, which every catalogue page shows.
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

const vnd = async (page: Page, testId: string) =>
  Number(((await page.getByTestId(testId).first().textContent()) ?? "").replace(/\D/g, ""))

async function placeOrder(page: Page, locale: Locale) {
  await page.getByTestId("place-order").click()
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text[locale].placed, { timeout: 30_000 })
}

/** The summary's delivery fee and total once they show this delivery fee. */
async function summaryWith(page: Page, fee: string) {
  await expect(page.getByTestId("totals").getByTestId("shipping")).toHaveText(fee)
  const subtotal = await vnd(page, "subtotal")
  const total = await vnd(page, "total")
  expect(total).toBe(subtotal + Number(fee.replace(/\D/g, "")))
  // The line above the order button says the same.
  await expect.poll(() => vnd(page, "checkout-total")).toBe(total)
  return total
}

for (const locale of ["vi", "en"] as const) {
  test(`finding 1 (${locale}): the summary shows delivery and total for the chosen method before the order, and the order charges them`, async ({
    page,
  }) => {
    await addToCart(page, locale, "nuoc-mam-tung-van")
    await page.goto(`/${locale}/checkout`)
    await expectNoSidewaysScroll(page)
    const radios = page.getByTestId("delivery-options").getByRole("radio")
    // Home delivery is chosen first, and its fee is in the total before anything is typed.
    await expect(radios.first()).toBeChecked()
    await summaryWith(page, "30.000 ₫")
    // Pickup at a sales point costs nothing: the totals follow the choice.
    await page
      .getByTestId("delivery-options")
      .getByRole("radio", { name: /Đông Hà/ })
      .check()
    await summaryWith(page, "0 ₫")
    await radios.first().check()
    const shown = await summaryWith(page, "30.000 ₫")

    await fillRecipient(page, locale)
    await page.getByRole("radio", { name: text[locale].cod }).check()
    await placeOrder(page, locale)
    await expectNoSidewaysScroll(page)
    expect(await vnd(page, "total")).toBe(shown)
    await expect(page.getByTestId("totals").getByTestId("shipping")).toHaveText("30.000 ₫")
  })
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false })

  test("finding 1: without JavaScript the delivery is priced with a button, and an unpriced choice is shown before it is ordered", async ({
    page,
  }) => {
    await page.goto("/vi/products/nuoc-mam-tung-van")
    await page.getByTestId("add-to-cart").first().getByRole("button", { name: text.vi.add }).click()
    await page.goto("/vi/checkout")
    await summaryWith(page, "30.000 ₫")
    const pickup = page.getByTestId("delivery-options").getByRole("radio", { name: /Đông Hà/ })
    const update = page.getByRole("button", { name: "Cập nhật phí giao hàng" })
    await pickup.check()
    await update.click()
    await summaryWith(page, "0 ₫")
    await page.getByTestId("delivery-options").getByRole("radio").first().check()
    await update.click()
    await summaryWith(page, "30.000 ₫")

    // Pickup picked but not priced: the order is not placed, the new total is shown first.
    await fillRecipient(page, "vi")
    await pickup.check()
    await page.getByTestId("place-order").click()
    await expect(page.getByRole("alert").filter({ hasText: "Tổng tiền đã thay đổi" })).toBeVisible()
    const shown = await summaryWith(page, "0 ₫")
    await placeOrder(page, "vi")
    expect(await vnd(page, "total")).toBe(shown)
  })
})

// In English: the Vietnamese page's VietQR panel is the one finding 1's checkout leads to, and the code
// and its PNG are the same in both languages; the English labels are what this run adds.
for (const locale of ["en"] as const) {
  test(`finding 3 (${locale}): VietQR can be saved as a PNG that decodes to the payment, and its details copied`, async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL })
    await addToCart(page, locale, "nuoc-mam-tung-van")
    await page.goto(`/${locale}/checkout`)
    await fillRecipient(page, locale)
    await page.getByRole("radio", { name: text[locale].vietqr }).check()
    await placeOrder(page, locale)
    await expectNoSidewaysScroll(page)
    const total = await vnd(page, "total")

    // The code has an accessible name, and the image saved is the same code.
    const code = page.getByRole("img", { name: /VietQR/ })
    await expect(code).toBeVisible()
    await expectAccessible(page)
    const onScreen = await decode(await code.screenshot())
    const downloading = page.waitForEvent("download")
    await page.getByRole("link", { name: text[locale].save }).click()
    const download = await downloading
    expect(download.suggestedFilename()).toMatch(/^vietqr-OCOP[0-9A-Z]{8}\.png$/)
    const saved = fs.readFileSync(await download.path())
    expect(saved.subarray(1, 4).toString()).toBe("PNG")
    expect(await decode(saved)).toBe(onScreen)
    const fields = parseEmv(onScreen)
    expect(Number(fields["54"])).toBe(total)

    const copied = async (name: string) => {
      await page.getByRole("button", { name }).click()
      return page.evaluate(() => navigator.clipboard.readText())
    }
    expect(await copied(text[locale].copy.account)).toBe("OCOPDEMO0001")
    expect(await copied(text[locale].copy.amount)).toBe(String(total))
    const reference = (await page.getByTestId("vietqr-reference").textContent())!.trim()
    expect(await copied(text[locale].copy.reference)).toBe(reference)
    expect(fields["62"]).toContain(reference)
  })
}

async function decode(png: Buffer): Promise<string> {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true })
  const decoded = jsQR(new Uint8ClampedArray(data), info.width, info.height)
  expect(decoded, "the QR code decodes").not.toBeNull()
  return decoded!.data
}
