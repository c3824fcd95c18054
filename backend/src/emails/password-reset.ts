import type { MessageLanguage } from "@ocop/core"

const TEXTS: Record<MessageLanguage, { subject: string; body: string; ignore: string }> = {
  vi: {
    subject: "Đặt lại mật khẩu — Sàn OCOP Quảng Trị",
    body: "Mở liên kết sau để đặt mật khẩu mới. Liên kết chỉ dùng được một lần và trong thời gian ngắn:",
    ignore: "Nếu bạn không yêu cầu, hãy bỏ qua e-mail này; mật khẩu của bạn không thay đổi.",
  },
  en: {
    subject: "Reset your password — Quảng Trị OCOP Marketplace",
    body: "Open this link to set a new password. It works once, for a short time:",
    ignore: "If you did not ask for this, ignore this e-mail; your password stays as it is.",
  },
}

/** The password reset e-mail's subject and text, in `lang`. */
export function passwordResetEmail(link: string, lang: MessageLanguage) {
  const t = TEXTS[lang]
  return { subject: t.subject, text: [t.body, link, "", t.ignore].join("\n") }
}
