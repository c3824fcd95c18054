import { describe, expect, it } from "vitest"
import { buildVietQr, VIETQR_PROVIDER_ID } from "@ocop/core"
import { orderConfirmationEmail, type ConfirmedOrder } from "../order-confirmation"

const transfer = {
  reference: "OCOP7K2M9QX",
  qr: buildVietQr({ bin: "970436", account: "0011001234567", amount: 155_000, purpose: "OCOP7K2M9QX" }),
  amount: 155_000,
  bank_bin: "970436",
  account: "0011001234567",
  account_name: "CONG TY DU LIEU MAU",
}

const order = (providerId: string, data: unknown = {}): ConfirmedOrder => ({
  id: "order_1",
  display_id: 42,
  item_total: 125_000,
  shipping_total: 30_000,
  tax_total: 0,
  total: 155_000,
  currency_code: "vnd",
  items: [
    { title: "Nước mắm Tùng Vân", variant_title: "Chai 500 ml", quantity: 1, unit_price: 125_000, total: 125_000 },
  ],
  payment_collections: [{ payments: [{ provider_id: providerId, data }] }],
})

describe("orderConfirmationEmail", () => {
  it("writes the lines, the totals with delivery and the transfer to make, in Vietnamese", () => {
    const email = orderConfirmationEmail(order(VIETQR_PROVIDER_ID, transfer), {
      lang: "vi",
      storefront: "https://shop.vn/",
    })
    expect(email.subject).toBe("Xác nhận đơn hàng #42 — Sàn OCOP Quảng Trị")
    expect(email.text).toContain("- Nước mắm Tùng Vân (Chai 500 ml) × 1: 125.000\u00a0₫")
    expect(email.text).toContain("Phí giao hàng: 30.000\u00a0₫")
    expect(email.text).toContain("Tổng cộng: 155.000\u00a0₫")
    expect(email.transfer).toEqual({
      bank: "Vietcombank",
      account: "0011001234567",
      account_name: "CONG TY DU LIEU MAU",
      amount: 155_000,
      reference: "OCOP7K2M9QX",
    })
    expect(email.text).toContain("Nội dung chuyển khoản: OCOP7K2M9QX")
    expect(email.complaints_url).toBe("https://shop.vn/vi/policies/returns")
    expect(email.text).toContain("https://shop.vn/vi/order/lookup?number=42")
    expect(email.terms).toBeUndefined()
    expect(email.text).not.toContain("Điều khoản")
  })

  it("in English, for cash on delivery: no transfer; the terms version when the shop gives one", () => {
    const terms = { version: "2026.1", effective_from: "2026-01-01" }
    const email = orderConfirmationEmail(order("pp_system_default"), {
      lang: "en",
      storefront: "https://shop.vn",
      terms,
    })
    expect(email.subject).toBe("Order #42 confirmed — Quảng Trị OCOP Marketplace")
    expect(email.text).toContain("Delivery: 30.000\u00a0₫")
    expect(email.text).toContain("Payment: cash on delivery.")
    expect(email.transfer).toBeNull()
    expect(email.text).not.toContain("Transfer note")
    expect(email.text).toContain("Terms of sale version 2026.1, in effect from 2026-01-01")
    // The link opens that version word for word, not whichever is current when the shopper reads it.
    expect(email.text).toContain("https://shop.vn/en/policies/terms/2026.1")
    expect(email.terms?.url).toBe("https://shop.vn/en/policies/terms/2026.1")
    expect(email.complaints_url).toBe("https://shop.vn/en/policies/returns")
  })
})
