import { type APIRequestContext, expect, test } from "@playwright/test"
import { adminHeaders, expectNoSidewaysScroll } from "./support/phone"
import { expectAccessible } from "./support/accessibility"
import { addToCart, fillRecipient, text } from "./support/phone-checkout"

// Checkout on a phone when a product in the cart loses its certificate: flagged in the cart, and
// checkout waits until it is removed. It revokes a certificate (and reinstates it), which every
// catalogue page and count shows: it runs with the files that share state (test/e2e/isolated.ts).
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

const adminUrl = process.env.ADMIN_URL ?? "http://localhost:9000"
// Revoked (and reinstated at the end) by finding 5 only: no other browser test uses this product.
const REVOKED = { handle: "tra-nam-linh-chi-tuan-linh", certificate: "DEMO-QT-2026-0045" }

async function setCertificate(request: APIRequestContext, status: "revoked" | "active") {
  const headers = await adminHeaders(request)
  const list = await request.get(`${adminUrl}/admin/ocop/certificates?q=${REVOKED.certificate}`, { headers })
  const { certificates } = await list.json()
  const changed = await request.post(`${adminUrl}/admin/ocop/certificates/${certificates[0].id}/status`, {
    headers,
    data: {
      status,
      ...(status === "revoked" ? { reason_code: "food_safety_violation" } : {}),
      decision_number: status === "revoked" ? "17/QĐ-UBND" : "18/QĐ-UBND",
      decision_date: "2026-11-30",
    },
  })
  expect(changed.status()).toBe(200)
}

test("finding 5: a revoked product is flagged in the cart in the page's language, and checkout waits until it is removed", async ({
  page,
  request,
}) => {
  await addToCart(page, "vi", "nuoc-mam-tung-van")
  await addToCart(page, "vi", REVOKED.handle)
  // A checkout page opened before the revocation.
  await page.goto("/vi/checkout")
  await fillRecipient(page, "vi")
  await setCertificate(request, "revoked")
  try {
    // The order attempt is refused in plain words, with the way back to the cart.
    await page.getByRole("radio", { name: text.vi.cod }).check()
    await page.getByTestId("place-order").click()
    const refused = page.getByTestId("checkout-form").getByRole("alert")
    await expect(refused).toContainText("không còn được bán vì giấy chứng nhận OCOP đã bị thu hồi hoặc hết hạn", {
      timeout: 30_000,
    })
    await expect(refused).not.toContainText("not_active")

    for (const locale of ["en", "vi"] as const) {
      await page.goto(`/${locale}/cart`)
      await expectNoSidewaysScroll(page)
      const flagged = page.getByTestId("cart-item").filter({ has: page.getByTestId("off-sale") })
      await expect(flagged).toHaveCount(1)
      await expect(flagged.getByTestId("off-sale")).toHaveText(text[locale].offSale)
      await expect(page.getByTestId("checkout-link")).toHaveCount(0)
      await expectAccessible(page)
      // Checkout itself sends the shopper back to the cart.
      await page.goto(`/${locale}/checkout`)
      await expect(page).toHaveURL(new RegExp(`/${locale}/cart$`))
    }
    await page
      .getByTestId("cart-item")
      .filter({ has: page.getByTestId("off-sale") })
      .getByRole("button", {
        name: text.vi.remove,
      })
      .click()
    await expect(page.getByTestId("off-sale")).toHaveCount(0)
    await expect(page.getByTestId("cart-item")).toHaveCount(1)
    await page.getByTestId("checkout-link").click()
    await expect(page).toHaveURL(/\/vi\/checkout$/)
  } finally {
    await setCertificate(request, "active")
  }
})
