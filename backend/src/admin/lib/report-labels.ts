import type { CounterfeitReportView, ReportReason, ReportStatus } from "@ocop/core"
import type { BadgeColor } from "./trade-labels"

/** Vietnamese labels for the codes of visitors' counterfeit reports (/admin/traceability/reports). */
export const REPORT_REASON_LABEL: Record<ReportReason, string> = {
  packaging_differs: "Bao bì, nhãn khác hàng thật",
  code_already_used: "Mã đã bị dùng / quét trước",
  suspicious_seller: "Nơi bán đáng ngờ",
  other: "Lý do khác",
}

export const REPORT_STATUS_LABEL: Record<ReportStatus, string> = {
  new: "Mới",
  reviewing: "Đang xem xét",
  closed: "Đã đóng",
}

export const REPORT_STATUS_COLOR: Record<ReportStatus, BadgeColor> = {
  new: "orange",
  reviewing: "blue",
  closed: "grey",
}

/** The code's signature as the visitor's page had it: a forged one is itself a sign. */
export const TOKEN_STATE_LABEL: Record<CounterfeitReportView["token_state"], string> = {
  valid: "Chữ ký hợp lệ",
  forged: "Chữ ký giả",
  missing: "Thiếu chữ ký",
  not_applicable: "Không có serial",
}

/** Scan verdicts the resolver records (backend/src/resolver). */
export const SCAN_VERDICT_LABEL: Record<string, string> = {
  resolved: "Hợp lệ",
  forged_token: "Chữ ký giả",
}
