import type { MessageLanguage } from "@ocop/core"

type Line = { title: string; variant_title: string | null; quantity: number }

const TEXTS: Record<
  MessageLanguage,
  {
    invite: {
      subject: (producer: string) => string
      body: (producer: string) => string
      expires: (at: string) => string
    }
    order: { subject: (number: string) => string; body: (number: string) => string; open: string }
  }
> = {
  vi: {
    invite: {
      subject: (p) => `Lời mời làm nhân viên của ${p} trên Sàn OCOP Quảng Trị`,
      body: (p) => `Bạn được mời quản lý sản phẩm, tồn kho và đơn hàng của ${p}. Mở liên kết sau để nhận lời mời:`,
      expires: (at) => `Liên kết hết hạn lúc ${at}.`,
    },
    order: {
      subject: (n) => `Đơn hàng mới ${n}`,
      body: (n) => `Đơn hàng ${n} có phần hàng của bạn:`,
      open: "Xem và xác nhận phần hàng:",
    },
  },
  en: {
    invite: {
      subject: (p) => `Join ${p} on the Quảng Trị OCOP Marketplace`,
      body: (p) => `You are invited to manage the products, stock and orders of ${p}. Open this link to accept:`,
      expires: (at) => `The link expires at ${at}.`,
    },
    order: {
      subject: (n) => `New order ${n}`,
      body: (n) => `Order ${n} has items of yours:`,
      open: "See and confirm your part:",
    },
  },
}

/** The invitation to act for a producer as staff, in the language its owner chose for it. */
export function producerInviteEmail(
  { producer, accept_url, expires_at }: { producer: string; accept_url: string; expires_at: string },
  lang: MessageLanguage,
) {
  const t = TEXTS[lang].invite
  return { subject: t.subject(producer), text: [t.body(producer), accept_url, "", t.expires(expires_at)].join("\n") }
}

/** A producer's new part of an order: its own lines and where to handle them. */
export function producerOrderEmail(
  { display_id, lines, url }: { display_id: number; lines: Line[]; url: string },
  lang: MessageLanguage,
) {
  const t = TEXTS[lang].order
  const number = `#${display_id}`
  const items = lines.map((l) => `- ${l.title}${l.variant_title ? ` (${l.variant_title})` : ""} × ${l.quantity}`)
  return { subject: t.subject(number), text: [t.body(number), ...items, "", t.open, url].join("\n") }
}
