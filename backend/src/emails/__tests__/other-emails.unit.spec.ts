import { describe, expect, it } from "vitest"
import { passwordResetEmail } from "../password-reset"
import { producerInviteEmail, producerOrderEmail } from "../producer-emails"
import { shopperNewsEmail, type ShopperNewsFacts } from "../shopper-news"

const facts: ShopperNewsFacts = {
  display_id: 7,
  producer: "HTX Tân Hợp",
  carrier: "vnpost",
  tracking_number: "VN123456789",
  items: [{ title: "Nước mắm Tùng Vân", variant_title: "Chai 500 ml", quantity: 2 }],
  reason: "Hết hàng",
  refunded: 170_000,
  url: "https://shop.vn/en/order/lookup",
}

describe("the shop's other e-mails", () => {
  it("write a part's news in the shopper's language: carrier by its name, the refund as money", () => {
    const shipped = shopperNewsEmail("shipped", facts, "en")
    expect(shipped.subject).toBe("Order #7: on its way")
    expect(shipped.text).toContain("Carrier: VNPost (Vietnam Post)")
    expect(shipped.text).toContain("Tracking number: VN123456789")
    expect(shipped.text).not.toContain("Hết hàng")
    const canceled = shopperNewsEmail("line_canceled", facts, "vi")
    expect(canceled.subject).toBe("Đơn hàng #7: một sản phẩm đã bị huỷ")
    expect(canceled.text).toContain("Lý do: Hết hàng")
    expect(canceled.text).toContain("Số tiền hoàn lại: 170.000\u00a0₫.")
    expect(canceled.text).not.toContain("Mã vận đơn")
    expect(shopperNewsEmail("delivered", facts, "vi").subject).toBe("Đơn hàng #7: đã giao hàng")
  })

  it("write the password reset, the staff invitation and a producer's new order in the language given", () => {
    expect(passwordResetEmail("https://shop.vn/en/account/reset-password?token=t", "en")).toMatchObject({
      subject: "Reset your password — Quảng Trị OCOP Marketplace",
      text: expect.stringContaining("https://shop.vn/en/account/reset-password?token=t"),
    })
    expect(passwordResetEmail("l", "vi").subject).toBe("Đặt lại mật khẩu — Sàn OCOP Quảng Trị")
    const invite = producerInviteEmail(
      { producer: "HTX Tân Hợp", accept_url: "u", expires_at: "20/12/2026 09:00" },
      "vi",
    )
    expect(invite.subject).toBe("Lời mời làm nhân viên của HTX Tân Hợp trên Sàn OCOP Quảng Trị")
    expect(invite.text).toContain("Liên kết hết hạn lúc 20/12/2026 09:00.")
    const order = producerOrderEmail({ display_id: 7, lines: facts.items, url: "u" }, "en")
    expect(order.subject).toBe("New order #7")
    expect(order.text).toContain("- Nước mắm Tùng Vân (Chai 500 ml) × 2")
  })
})
