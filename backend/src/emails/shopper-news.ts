import { CARRIER_NAMES, formatVnd, type Carrier, type MessageLanguage } from "@ocop/core"

export type ShopperNews = "shipped" | "delivered" | "line_canceled"

/** What one producer's part of an order came to, as the e-mail says it. */
export type ShopperNewsFacts = {
  display_id: number
  producer: string
  carrier: string | null
  tracking_number: string | null
  items: { title: string; variant_title: string | null; quantity: number }[]
  reason: string | null
  refunded: number
  url: string
}

type Texts = {
  subject: Record<ShopperNews, (number: string) => string>
  lead: Record<ShopperNews, (producer: string) => string>
  carrier: string
  tracking: string
  reason: string
  refunded: (amount: string) => string
  orderPage: string
}

/** Both languages have the same keys (the type says so). */
const TEXTS: Record<MessageLanguage, Texts> = {
  vi: {
    subject: {
      shipped: (n) => `Đơn hàng ${n}: hàng đã được gửi đi`,
      delivered: (n) => `Đơn hàng ${n}: đã giao hàng`,
      line_canceled: (n) => `Đơn hàng ${n}: một sản phẩm đã bị huỷ`,
    },
    lead: {
      shipped: (p) => `${p} đã gửi phần hàng của mình:`,
      delivered: (p) => `Phần hàng của ${p} đã được giao:`,
      line_canceled: (p) => `${p} không thể giao sản phẩm sau:`,
    },
    carrier: "Đơn vị vận chuyển",
    tracking: "Mã vận đơn",
    reason: "Lý do",
    refunded: (amount) => `Số tiền hoàn lại: ${amount}.`,
    orderPage: "Xem đơn hàng (tra cứu bằng mã đơn và số điện thoại hoặc e-mail):",
  },
  en: {
    subject: {
      shipped: (n) => `Order ${n}: on its way`,
      delivered: (n) => `Order ${n}: delivered`,
      line_canceled: (n) => `Order ${n}: an item was cancelled`,
    },
    lead: {
      shipped: (p) => `${p} has sent its part of your order:`,
      delivered: (p) => `${p}'s part of your order has been delivered:`,
      line_canceled: (p) => `${p} cannot deliver this item:`,
    },
    carrier: "Carrier",
    tracking: "Tracking number",
    reason: "Reason",
    refunded: (amount) => `Refunded: ${amount}.`,
    orderPage: "See your order (find it with the order number and your phone or e-mail):",
  },
}

const carrierName = (carrier: string, lang: MessageLanguage) =>
  (CARRIER_NAMES as Record<string, { vi: string; en: string } | undefined>)[carrier as Carrier]?.[lang] ?? carrier

/** The subject and text of what happened to one producer's part of an order, in `lang`. */
export function shopperNewsEmail(news: ShopperNews, facts: ShopperNewsFacts, lang: MessageLanguage) {
  const t = TEXTS[lang]
  const lines = [
    t.lead[news](facts.producer),
    ...facts.items.map((i) => `- ${i.title}${i.variant_title ? ` (${i.variant_title})` : ""} × ${i.quantity}`),
    ...(news === "shipped" && facts.carrier ? [`${t.carrier}: ${carrierName(facts.carrier, lang)}`] : []),
    ...(news === "shipped" && facts.tracking_number ? [`${t.tracking}: ${facts.tracking_number}`] : []),
    ...(news === "line_canceled" && facts.reason ? [`${t.reason}: ${facts.reason}`] : []),
    ...(news === "line_canceled" && facts.refunded > 0 ? [t.refunded(formatVnd(facts.refunded))] : []),
    "",
    t.orderPage,
    facts.url,
  ]
  return { subject: t.subject[news](`#${facts.display_id}`), text: lines.join("\n") }
}
