import { formatVnd, type MessageLanguage, type ReturnReason } from "@ocop/core"

export type ReturnNews = "requested" | "accepted" | "refused" | "received" | "refunded"

/** What a return came to, as the e-mails say it. */
export type ReturnNewsFacts = {
  display_id: number
  items: { title: string; variant_title: string | null; quantity: number }[]
  amount: number
  /** The producer's reason for a refusal, or its note on an acceptance. */
  decision_note: string | null
  /** A transfer refund's reference; null for a card. */
  refund_reference: string | null
  url: string
}

type Texts = {
  subject: Record<ReturnNews, (number: string) => string>
  lead: Record<ReturnNews, string>
  note: string
  amount: (amount: string) => string
  reference: string
  orderPage: string
  producer: { subject: (number: string) => string; lead: string; reason: string; open: string }
  reasons: Record<ReturnReason, string>
}

/** Both languages have the same keys (the type says so). */
const TEXTS: Record<MessageLanguage, Texts> = {
  vi: {
    subject: {
      requested: (n) => `Đơn hàng ${n}: đã nhận yêu cầu trả hàng`,
      accepted: (n) => `Đơn hàng ${n}: yêu cầu trả hàng được chấp nhận`,
      refused: (n) => `Đơn hàng ${n}: yêu cầu trả hàng bị từ chối`,
      received: (n) => `Đơn hàng ${n}: đã nhận lại hàng trả`,
      refunded: (n) => `Đơn hàng ${n}: đã hoàn tiền`,
    },
    lead: {
      requested: "Chúng tôi đã nhận yêu cầu trả các sản phẩm sau; nhà sản xuất sẽ trả lời sớm:",
      accepted:
        "Yêu cầu trả hàng đã được chấp nhận. Hãy gửi trả kiện hàng rồi nhập đơn vị vận chuyển và mã vận đơn trên trang đơn hàng:",
      refused: "Rất tiếc, yêu cầu trả các sản phẩm sau đã bị từ chối:",
      received: "Nhà sản xuất đã nhận lại các sản phẩm sau; tiền sẽ được hoàn:",
      refunded: "Tiền cho các sản phẩm trả lại đã được hoàn:",
    },
    note: "Ghi chú",
    amount: (a) => `Số tiền hoàn: ${a}.`,
    reference: "Mã giao dịch chuyển khoản",
    orderPage: "Xem đơn hàng (tra cứu bằng mã đơn và số điện thoại hoặc e-mail):",
    producer: {
      subject: (n) => `Yêu cầu trả hàng của đơn ${n}`,
      lead: "Người mua muốn trả các sản phẩm sau:",
      reason: "Lý do",
      open: "Xem và trả lời yêu cầu:",
    },
    reasons: {
      damaged: "Hư hỏng khi giao",
      wrong_item: "Không đúng sản phẩm đã đặt",
      not_as_described: "Không đúng mô tả",
      expired: "Hết hạn hoặc hư hỏng",
      missing_parts: "Thiếu hàng",
      other: "Lý do khác",
    },
  },
  en: {
    subject: {
      requested: (n) => `Order ${n}: return request received`,
      accepted: (n) => `Order ${n}: your return is accepted`,
      refused: (n) => `Order ${n}: your return was refused`,
      received: (n) => `Order ${n}: your return has arrived`,
      refunded: (n) => `Order ${n}: refunded`,
    },
    lead: {
      requested: "We received your request to return these items; the producer will answer soon:",
      accepted:
        "Your return is accepted. Send the parcel back, then enter the carrier and tracking number on your order's page:",
      refused: "We are sorry: your request to return these items was refused:",
      received: "The producer has received these items back; your refund follows:",
      refunded: "The items you returned have been refunded:",
    },
    note: "Note",
    amount: (a) => `Refund: ${a}.`,
    reference: "Bank transfer reference",
    orderPage: "See your order (find it with the order number and your phone or e-mail):",
    producer: {
      subject: (n) => `Return request for order ${n}`,
      lead: "The buyer wants to return these items:",
      reason: "Reason",
      open: "See and answer the request:",
    },
    reasons: {
      damaged: "Damaged in delivery",
      wrong_item: "Not the item ordered",
      not_as_described: "Not as described",
      expired: "Expired or spoiled",
      missing_parts: "Something missing",
      other: "Another reason",
    },
  },
}

const itemLines = (facts: Pick<ReturnNewsFacts, "items">) =>
  facts.items.map((i) => `- ${i.title}${i.variant_title ? ` (${i.variant_title})` : ""} × ${i.quantity}`)

/** The subject and text of one step of a shopper's return, in `lang`. */
export function returnNewsEmail(news: ReturnNews, facts: ReturnNewsFacts, lang: MessageLanguage) {
  const t = TEXTS[lang]
  const lines = [
    t.lead[news],
    ...itemLines(facts),
    ...(facts.decision_note && (news === "refused" || news === "accepted")
      ? [`${t.note}: ${facts.decision_note}`]
      : []),
    ...(news === "received" || news === "refunded" ? [t.amount(formatVnd(facts.amount))] : []),
    ...(news === "refunded" && facts.refund_reference ? [`${t.reference}: ${facts.refund_reference}`] : []),
    "",
    t.orderPage,
    facts.url,
  ]
  return { subject: t.subject[news](`#${facts.display_id}`), text: lines.join("\n") }
}

/** The producer's members' e-mail of a new return request: the lines and the reason, nothing of the shopper. */
export function producerReturnEmail(
  facts: Pick<ReturnNewsFacts, "display_id" | "items" | "url"> & { reason: ReturnReason; note: string | null },
  lang: MessageLanguage,
) {
  const t = TEXTS[lang].producer
  const lines = [
    t.lead,
    ...itemLines(facts),
    `${t.reason}: ${TEXTS[lang].reasons[facts.reason]}${facts.note ? ` — ${facts.note}` : ""}`,
    "",
    t.open,
    facts.url,
  ]
  return { subject: t.subject(`#${facts.display_id}`), text: lines.join("\n") }
}
