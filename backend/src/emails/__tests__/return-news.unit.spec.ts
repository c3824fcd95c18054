import { describe, expect, it } from "vitest"
import { producerReturnEmail, returnNewsEmail, type ReturnNewsFacts } from "../return-news"

const facts: ReturnNewsFacts = {
  display_id: 12,
  items: [{ title: "Cà phê bột Ta Lu", variant_title: "Gói 500 g", quantity: 1 }],
  amount: 90_000,
  decision_note: "Gói đã mở",
  refund_reference: "FT26340 999",
  url: "https://shop.vn/vi/order/lookup?number=12",
}

describe("the returns' e-mails", () => {
  it("tell the shopper each step in its language: the reason of a refusal, the amount and the transfer's reference", () => {
    const refused = returnNewsEmail("refused", facts, "vi")
    expect(refused.subject).toBe("Đơn hàng #12: yêu cầu trả hàng bị từ chối")
    expect(refused.text).toContain("Ghi chú: Gói đã mở")
    expect(refused.text).toContain("- Cà phê bột Ta Lu (Gói 500 g) × 1")
    const refunded = returnNewsEmail("refunded", facts, "en")
    expect(refunded.subject).toBe("Order #12: refunded")
    expect(refunded.text).toContain("Refund: 90.000\u00a0₫.")
    expect(refunded.text).toContain("Bank transfer reference: FT26340 999")
    expect(refunded.text).toContain(facts.url)
    expect(returnNewsEmail("requested", facts, "en").text).not.toContain("Gói đã mở")
    expect(returnNewsEmail("refunded", { ...facts, refund_reference: null }, "vi").text).not.toContain("Mã giao dịch")
  })

  it("tell the producer's members the lines and the reason, nothing of the shopper", () => {
    const mail = producerReturnEmail({ ...facts, reason: "damaged", note: "Gói bị rách" }, "vi")
    expect(mail.subject).toBe("Yêu cầu trả hàng của đơn #12")
    expect(mail.text).toContain("Lý do: Hư hỏng khi giao — Gói bị rách")
    expect(mail.text).not.toContain("FT26340")
  })
})
