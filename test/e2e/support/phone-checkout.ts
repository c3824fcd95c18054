import { expect, type Page } from "@playwright/test"

// What the phone checkout tests share (phone-checkout.e2e.ts, and phone-checkout-revoked.e2e.ts,
// which runs with the files that share state because it revokes a certificate): the pages' words
// in both languages, a product put in the cart, and the recipient's details.
export const text = {
  vi: {
    add: "Thêm vào giỏ",
    added: "Đã thêm vào giỏ hàng",
    name: "Họ và tên",
    phone: "Số điện thoại",
    commune: "Xã, phường",
    street: "Số nhà, đường, thôn",
    cod: "Thanh toán khi nhận hàng (COD)",
    vietqr: "Chuyển khoản ngân hàng qua VietQR",
    placed: "Đặt hàng thành công",
    offSale: "Sản phẩm này không còn được bán vì giấy chứng nhận OCOP đã bị thu hồi hoặc hết hạn.",
    remove: "Xóa khỏi giỏ hàng",
    save: "Lưu mã QR",
    copy: { account: "Chép số tài khoản", amount: "Chép số tiền", reference: "Chép nội dung chuyển khoản" },
  },
  en: {
    add: "Add to cart",
    added: "Added to your cart",
    name: "Full name",
    phone: "Phone number",
    commune: "Commune or ward",
    street: "House number, street, village",
    cod: "Cash on delivery (COD)",
    vietqr: "Bank transfer with VietQR",
    placed: "Order placed",
    offSale: "This product is no longer for sale because its OCOP certificate was revoked or has expired.",
    remove: "Remove from cart",
    save: "Save QR",
    copy: { account: "Copy account number", amount: "Copy amount", reference: "Copy transfer note" },
  },
} as const
export type Locale = keyof typeof text

export async function addToCart(page: Page, locale: Locale, handle: string) {
  await page.goto(`/${locale}/products/${handle}`)
  const form = page.getByTestId("add-to-cart").first()
  await form.getByRole("button", { name: text[locale].add }).click()
  await expect(form.getByRole("status")).toContainText(text[locale].added)
}

export async function fillRecipient(page: Page, locale: Locale) {
  await page.getByLabel(text[locale].name).fill("Khách Dữ Liệu Mẫu")
  await page.getByLabel(text[locale].phone).fill("0912 345 678")
  await page.getByLabel("Email").fill("khach.dien-thoai@example.com")
  await page.getByLabel(text[locale].commune).fill("Phường Đông Hà")
  await page.getByLabel(text[locale].street).fill("Số 3, đường Dữ Liệu Mẫu")
  await page.getByTestId("checkout-consent_processing").check()
}
