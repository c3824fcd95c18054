import { renderTablePdf } from "@ocop/labels"
import { formatVietnamTime, formatVnd, type ProducerStatementResponse } from "@ocop/core"

const WORDS = {
  vi: {
    title: "Bảng kê thanh toán",
    month: "Kỳ",
    status: { open: "Chưa thanh toán", paid: "Đã thanh toán" },
    orders: "Số đơn đã giao",
    sales_cod: "Doanh thu thu hộ (COD)",
    sales_vietqr: "Doanh thu VietQR",
    sales_stripe: "Doanh thu thẻ",
    delivery_fees: "Phí giao hàng",
    fee: "Phí sàn",
    refunds_on_sales: "Hoàn tiền đơn đã giao",
    net: "Số tiền được nhận",
    canceled: "Dòng đã hủy (không tính)",
    paid: "Đã chuyển, mã giao dịch",
    head: ["Đơn", "Ngày", "Thanh toán", "Sản phẩm", "SL", "Đơn giá", "Thành tiền", "Phí sàn", "Phí giao"],
    refund: "Hoàn trả",
    footer: "Số liệu tính từ các đơn hàng, không nhập tay.",
  },
  en: {
    title: "Settlement statement",
    month: "Month",
    status: { open: "Not paid yet", paid: "Paid" },
    orders: "Orders delivered",
    sales_cod: "Sales, cash on delivery",
    sales_vietqr: "Sales, VietQR",
    sales_stripe: "Sales, card",
    delivery_fees: "Delivery fees",
    fee: "Operator's fee",
    refunds_on_sales: "Refunds of delivered lines",
    net: "Net payable",
    canceled: "Cancelled lines (not counted)",
    paid: "Paid, transfer reference",
    head: ["Order", "Date", "Payment", "Product", "Qty", "Unit price", "Value", "Fee", "Delivery"],
    refund: "Refund",
    footer: "Figures computed from the orders, never typed in.",
  },
} as const

const PAYMENT = { cod: "COD", vietqr: "VietQR", stripe: "Card" } as const

/**
 * The statement's table as the PDF prints it: each delivered line on the day it was delivered, then
 * each returned line refunded in the month on the day of the refund, its value negative.
 */
export function statementRows(data: ProducerStatementResponse, lang: "vi" | "en"): string[][] {
  const w = WORDS[lang]
  const money = (n: number) => formatVnd(n)
  const product = (l: { title: string; variant_title: string | null }) =>
    l.variant_title ? `${l.title} · ${l.variant_title}` : l.title
  return [
    ...data.parts.flatMap((p) =>
      p.lines.map((l, i) => [
        `#${p.display_id}`,
        formatVietnamTime(p.delivered_at, lang, "day"),
        PAYMENT[p.payment_method],
        product(l),
        String(l.quantity),
        money(l.unit_price),
        money(l.value),
        money(l.fee),
        i === 0 ? money(p.delivery_fee) : "",
      ]),
    ),
    ...data.refunds.map((r) => [
      `#${r.display_id}`,
      formatVietnamTime(r.refunded_at, lang, "day"),
      w.refund,
      product(r),
      String(r.quantity),
      money(r.unit_price),
      `− ${money(-r.amount)}`,
      "",
      "",
    ]),
  ]
}

/** A statement as the PDF a producer downloads and keeps, in its language. */
export function statementPdf(data: ProducerStatementResponse, lang: "vi" | "en"): Promise<Uint8Array> {
  const w = WORDS[lang]
  const s = data.statement
  const money = (n: number) => formatVnd(n)
  return renderTablePdf({
    title: `${w.title} · ${data.producer.name}`,
    subtitle: `${w.month} ${s.month} · ${w.status[s.status]}`,
    summary: [
      [w.orders, String(s.orders)],
      [w.sales_cod, money(s.sales_cod)],
      [w.sales_vietqr, money(s.sales_vietqr)],
      [w.sales_stripe, money(s.sales_stripe)],
      [w.delivery_fees, money(s.delivery_fees)],
      [w.fee, `− ${money(s.fee)}`],
      [w.refunds_on_sales, `− ${money(s.refunds_on_sales)}`],
      [w.net, money(s.net)],
      [w.canceled, `${s.canceled_lines} · ${money(s.canceled_value)}`],
      ...(s.paid_reference ? [[w.paid, s.paid_reference] as [string, string]] : []),
    ],
    table: {
      head: [...w.head],
      widths: [6, 9, 7, 26, 4, 10, 11, 8, 9],
      alignRight: [false, false, false, false, true, true, true, true, true],
      rows: statementRows(data, lang),
    },
    footer: w.footer,
  })
}
