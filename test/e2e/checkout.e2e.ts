import { expect, type Page, test } from "@playwright/test"
import { parseEmv } from "@ocop/core"
import jsQR from "jsqr"
import sharp from "sharp"

/** Puts one product in the cart from its page, as a shopper does. */
async function addToCart(page: Page, handle: string, quantity = 1) {
  await page.goto(`/vi/products/${handle}`)
  const form = page.getByTestId("add-to-cart").first()
  await form.getByRole("spinbutton").fill(String(quantity))
  await form.getByRole("button", { name: "Thêm vào giỏ" }).click()
  await expect(form.getByRole("status")).toContainText("Đã thêm vào giỏ hàng")
}

async function fillRecipient(page: Page, phone = "0912 345 678") {
  await page.getByLabel("Họ và tên").fill("Khách Dữ Liệu Mẫu")
  await page.getByLabel("Số điện thoại").fill(phone)
  await page.getByLabel("Email").fill("khach.mau@example.com")
  // A guest agrees to the processing of its data for the order (required, unticked until ticked).
  await page.getByTestId("checkout-consent_processing").check()
}

test("search without diacritics → product → cart → checkout with cash on delivery → confirmation", async ({ page }) => {
  await page.goto("/vi")
  await page.getByTestId("search-input").fill("nuoc mam")
  await page.getByTestId("search-input").press("Enter")
  await page.getByTestId("search-card").filter({ hasText: "Nước mắm Tùng Vân" }).click()
  await expect(page.getByTestId("product-title")).toHaveText("Nước mắm Tùng Vân")
  const form = page.getByTestId("add-to-cart").first()
  await form.getByRole("spinbutton").fill("2")
  await form.getByRole("button", { name: "Thêm vào giỏ" }).click()
  await expect(page.getByTestId("cart-link")).toHaveText("Giỏ hàng (2)")

  await page.getByTestId("cart-link").click()
  await expect(page.getByTestId("cart-item")).toHaveCount(1)
  await expect(page.getByTestId("cart-item")).toContainText("Nước mắm Tùng Vân")
  await page.getByTestId("checkout-link").click()
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thanh toán")

  // A wrong phone number is named next to its field, and no order is placed.
  await fillRecipient(page, "12345")
  await page.getByLabel("Xã, phường").fill("Phường Đông Hà")
  await page.getByLabel("Số nhà, đường, thôn").fill("Số 1, đường Dữ Liệu Mẫu")
  await page.getByTestId("place-order").click()
  await expect(page.getByText("Số điện thoại Việt Nam không hợp lệ")).toBeVisible()
  await expect(page.getByLabel("Số điện thoại")).toHaveAttribute("aria-invalid", "true")
  await expect(page).toHaveURL(/\/vi\/checkout$/)
  // What was typed is kept.
  await expect(page.getByLabel("Số nhà, đường, thôn")).toHaveValue("Số 1, đường Dữ Liệu Mẫu")

  await page.getByLabel("Số điện thoại").fill("0912 345 678")
  await expect(page.getByLabel("Tỉnh, thành phố")).toHaveValue("quang-tri")
  await page.getByRole("radio", { name: /Giao hàng tận nơi/ }).check()
  await page.getByRole("radio", { name: "Thanh toán khi nhận hàng (COD)" }).check()
  await page.getByTestId("place-order").click()

  // Placing an order makes several Store API calls; allow for a busy 2-core machine.
  // The confirmation link carries the token that opens the order to a guest for a day.
  await expect(page).toHaveURL(/\/vi\/order\/order_[A-Z0-9]+\/confirmed\?access=\d+\.[\w-]{43}$/, {
    timeout: 30_000,
  })
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đặt hàng thành công")
  await expect(page.getByTestId("order-number")).toContainText("khach.mau@example.com")
  await expect(page.getByTestId("order-items")).toContainText("Nước mắm Tùng Vân")
  await expect(page.getByTestId("order-items")).toContainText("× 2")
  await expect(page.getByTestId("order-delivery")).toContainText("Phường Đông Hà, Tỉnh Quảng Trị")
  await expect(page.getByTestId("order-delivery")).toContainText("0912 345 678")
  await expect(page.getByTestId("order-payment")).toContainText("Thanh toán khi nhận hàng")
  // Delivery is charged (30.000 ₫ in the demo data) and the total adds up.
  const totals = page.getByTestId("totals")
  await expect(totals).toContainText("30.000 ₫")
  // The cart is spent: the header shows an empty cart again.
  await expect(page.getByTestId("cart-link")).toHaveText("Giỏ hàng")
})

test("finding 3: a guest's order opens only with its link or its number and e-mail", async ({ page }) => {
  await addToCart(page, "nuoc-mam-tung-van")
  await page.goto("/vi/checkout")
  await fillRecipient(page)
  await page.getByLabel("Xã, phường").fill("Phường Đông Hà")
  await page.getByLabel("Số nhà, đường, thôn").fill("Số 1, đường Dữ Liệu Mẫu")
  await page.getByRole("radio", { name: /Giao hàng tận nơi/ }).check()
  await page.getByRole("radio", { name: "Thanh toán khi nhận hàng (COD)" }).check()
  await page.getByTestId("place-order").click()
  await expect(page).toHaveURL(/\/confirmed\?access=/, { timeout: 30_000 })
  const number = /#(\d+)/.exec((await page.getByTestId("order-number").textContent()) ?? "")![1]

  // The same page without the token shows nothing of the order and points to the lookup.
  await page.goto(page.url().replace(/\?.*$/, ""))
  const refused = page.getByTestId("order-access-refused")
  await expect(refused).toBeVisible()
  await expect(page.getByTestId("order-delivery")).toHaveCount(0)
  await refused.getByRole("link", { name: "Tra cứu đơn hàng" }).click()

  // Phone-first: the lookup fits a 390 px screen without scrolling sideways.
  await page.setViewportSize({ width: 390, height: 844 })
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tra cứu đơn hàng")
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
  await page.getByLabel("Mã đơn hàng").fill(`#${number}`)
  await page.getByLabel("Số điện thoại hoặc e-mail").fill("nguoi-khac@example.com")
  await page.getByRole("button", { name: "Xem đơn hàng" }).click()
  await expect(page.getByRole("alert").filter({ hasText: "Không có đơn hàng" })).toBeVisible()
  await page.getByLabel("Số điện thoại hoặc e-mail").fill("khach.mau@example.com")
  await page.getByRole("button", { name: "Xem đơn hàng" }).click()
  await expect(page.getByTestId("order-number")).toContainText(`#${number}`, { timeout: 15_000 })
  await expect(page.getByTestId("order-delivery")).toContainText("0912 345 678")
})

test("pickup at a sales point needs no delivery address", async ({ page }) => {
  await addToCart(page, "nuoc-mam-tung-van")
  await page.goto("/vi/checkout")
  await fillRecipient(page)
  await page.getByRole("radio", { name: /Nhận tại Điểm bán OCOP chợ Đông Hà/ }).check()
  await expect(page.getByLabel("Số nhà, đường, thôn")).toBeDisabled()
  await page.getByTestId("place-order").click()
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đặt hàng thành công", { timeout: 30_000 })
  await expect(page.getByTestId("order-delivery")).toContainText("Nhận tại Điểm bán OCOP chợ Đông Hà")
  await expect(page.getByTestId("totals")).not.toContainText("30.000 ₫")
})

test("a customer registers, orders, and finds the order and a saved address in the account", async ({ page }) => {
  const email = `khach-${Date.now()}@example.com`
  await page.goto("/vi/account")
  const register = page.getByTestId("register-form")
  await register.getByLabel("Họ và tên").fill("Khách Có Tài Khoản")
  await register.getByLabel("Email").fill(email)
  await register.getByLabel("Số điện thoại").fill("0987 654 321")
  await register.getByLabel(/Mật khẩu/).fill("mat-khau-mau-1")
  await register.getByTestId("register-consent_processing").check()
  await register.getByRole("button", { name: "Tạo tài khoản" }).click()
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Xin chào, Khách Có Tài Khoản")
  await expect(page.getByText("Bạn chưa có đơn hàng nào.")).toBeVisible()

  const address = page.getByTestId("address-form")
  await address.getByLabel("Họ và tên").fill("Khách Có Tài Khoản")
  await address.getByLabel("Số điện thoại").fill("0987 654 321")
  await address.getByLabel("Xã, phường").fill("Xã Cửa Tùng")
  await address.getByLabel("Số nhà, đường, thôn").fill("Thôn Dữ Liệu Mẫu")
  await address.getByRole("button", { name: "Lưu" }).click()
  await expect(page.getByTestId("addresses")).toContainText("Thôn Dữ Liệu Mẫu, Xã Cửa Tùng, Tỉnh Quảng Trị")

  // Checkout starts from the saved address.
  await addToCart(page, "nuoc-mam-tung-van")
  await page.goto("/vi/checkout")
  await expect(page.getByLabel("Email")).toHaveValue(email)
  await expect(page.getByLabel("Xã, phường")).toHaveValue("Xã Cửa Tùng")
  // Consent given at sign-up covers the order: checkout does not ask again.
  await expect(page.getByTestId("checkout-consent")).toHaveCount(0)
  await page.getByTestId("place-order").click()
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đặt hàng thành công", { timeout: 30_000 })

  await page.goto("/vi/account")
  await expect(page.getByTestId("orders")).toContainText("Nước mắm Tùng Vân")
  await page.getByTestId("orders").getByRole("link").first().click()
  await expect(page.getByTestId("order-delivery")).toContainText("Thôn Dữ Liệu Mẫu, Xã Cửa Tùng")

  // Logged out, the account page asks to log in; logging in again shows the same orders.
  await page.getByRole("link", { name: /Về tài khoản/ }).click()
  await page.getByRole("button", { name: "Đăng xuất" }).click()
  await expect(page.getByTestId("login-form")).toBeVisible()
  const login = page.getByTestId("login-form")
  await login.getByLabel("Email").fill(email)
  await login.getByLabel("Mật khẩu").fill("wrong-password")
  await login.getByRole("button", { name: "Đăng nhập" }).click()
  await expect(login.getByRole("alert")).toHaveText("Email hoặc mật khẩu không đúng.")
  await login.getByLabel("Mật khẩu").fill("mat-khau-mau-1")
  await login.getByRole("button", { name: "Đăng nhập" }).click()
  await expect(page.getByTestId("orders")).toContainText("Nước mắm Tùng Vân")
})

test("a VietQR checkout shows a code that decodes to the shop's account, the order total and its reference", async ({
  page,
}) => {
  await addToCart(page, "nuoc-mam-tung-van", 3)
  await page.goto("/vi/checkout")
  await fillRecipient(page)
  await page.getByLabel("Xã, phường").fill("Phường Đông Hà")
  await page.getByLabel("Số nhà, đường, thôn").fill("Số 2, đường Dữ Liệu Mẫu")
  await page.getByRole("radio", { name: "Chuyển khoản ngân hàng qua VietQR" }).check()
  await page.getByTestId("place-order").click()
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đặt hàng thành công", { timeout: 30_000 })

  const panel = page.getByTestId("vietqr")
  await expect(panel).toBeVisible()
  await expect(page.getByTestId("order-payment")).toContainText("Chờ thanh toán")
  const reference = (await page.getByTestId("vietqr-reference").textContent())!.trim()
  expect(reference).toMatch(/^OCOP[0-9A-Z]{8}$/)
  const total = Number((await page.getByTestId("total").textContent())!.replace(/\D/g, ""))

  // Decode the code as a banking app would: from the pixels on screen.
  const png = await page.getByTestId("vietqr-code").screenshot()
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true })
  const decoded = jsQR(new Uint8ClampedArray(data), info.width, info.height)
  expect(decoded, "the QR code on the page decodes").not.toBeNull()
  const fields = parseEmv(decoded!.data) // also checks the CRC
  expect(fields["38"]).toContain("A000000727") // NAPAS VietQR
  expect(fields["38"]).toContain(`0006${"970436"}`) // the demo account's bank BIN
  expect(fields["38"]).toContain("OCOPDEMO0001")
  expect(Number(fields["54"])).toBe(total)
  expect(fields["53"]).toBe("704") // VND
  expect(fields["62"]).toContain(reference)
  // The same details as text, for paying by hand.
  await expect(page.getByTestId("vietqr-account")).toHaveText("OCOPDEMO0001")
  await expect(page.getByTestId("vietqr-bank")).toHaveText("Vietcombank")
})
