import type { MessageLanguage } from "@ocop/core"

/**
 * The order confirmation's words in each language the shop writes in. Both languages have the same
 * keys (the type says so), so a text added in one cannot be missing from the other. The payment
 * words are the storefront's payment page's own (its `VietQr` messages), so the e-mail and the page
 * name the account, amount and transfer note alike.
 */
export type OrderConfirmationTexts = {
  subject: (number: string) => string
  greeting: (number: string) => string
  lines: string
  subtotal: string
  delivery: string
  total: string
  pricesIncludeTax: string
  payment: { cod: string; stripe: string; vietqr: string }
  vietqr: {
    body: string
    bank: string
    account: string
    accountName: string
    amount: string
    reference: string
    keepReference: string
  }
  orderPage: string
  complaints: string
  terms: (version: string, effective: string) => string
}

export const ORDER_CONFIRMATION_TEXTS: Record<MessageLanguage, OrderConfirmationTexts> = {
  vi: {
    subject: (number) => `Xác nhận đơn hàng ${number} — Sàn OCOP Quảng Trị`,
    greeting: (number) => `Cảm ơn bạn đã đặt hàng. Đơn hàng ${number} đã được ghi nhận.`,
    lines: "Sản phẩm",
    subtotal: "Tạm tính",
    delivery: "Phí giao hàng",
    total: "Tổng cộng",
    pricesIncludeTax: "Giá đã bao gồm thuế.",
    payment: {
      cod: "Thanh toán: tiền mặt khi nhận hàng (COD).",
      stripe: "Thanh toán: thẻ.",
      vietqr: "Thanh toán: chuyển khoản VietQR.",
    },
    vietqr: {
      body: "Mở ứng dụng ngân hàng và chuyển đúng số tiền với nội dung dưới đây (hoặc quét mã QR trên trang đơn hàng). Đơn hàng được xác nhận khi tiền về tài khoản.",
      bank: "Ngân hàng",
      account: "Số tài khoản",
      accountName: "Chủ tài khoản",
      amount: "Số tiền",
      reference: "Nội dung chuyển khoản",
      keepReference: "Giữ nguyên nội dung chuyển khoản để đơn hàng được đối soát tự động.",
    },
    orderPage: "Xem đơn hàng (tra cứu bằng mã đơn và số điện thoại hoặc e-mail):",
    complaints: "Đổi trả và khiếu nại:",
    terms: (version, effective) => `Đơn hàng theo Điều khoản bán hàng phiên bản ${version}, hiệu lực từ ${effective}.`,
  },
  en: {
    subject: (number) => `Order ${number} confirmed — Quảng Trị OCOP Marketplace`,
    greeting: (number) => `Thank you for your order. Order ${number} has been placed.`,
    lines: "Items",
    subtotal: "Subtotal",
    delivery: "Delivery",
    total: "Total",
    pricesIncludeTax: "Prices include tax.",
    payment: {
      cod: "Payment: cash on delivery.",
      stripe: "Payment: card.",
      vietqr: "Payment: VietQR bank transfer.",
    },
    vietqr: {
      body: "Open your banking app and transfer exactly the amount below with this note (or scan the QR code on the order page). The order is confirmed when the money arrives.",
      bank: "Bank",
      account: "Account number",
      accountName: "Account holder",
      amount: "Amount",
      reference: "Transfer note",
      keepReference: "Keep the transfer note as it is so the payment is matched to your order automatically.",
    },
    orderPage: "See your order (find it with the order number and your phone or e-mail):",
    complaints: "Returns and complaints:",
    terms: (version, effective) =>
      `Terms of sale version ${version}, in effect from ${effective}, apply to this order.`,
  },
}
