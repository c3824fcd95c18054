/** Vietnamese labels for the officials' screens; codes stay as the API sends them. */
export const STATUS_LABEL: Record<string, string> = {
  active: "Còn hiệu lực",
  expired: "Hết hạn",
  revoked: "Đã thu hồi",
  superseded: "Đã thay thế",
  suspended: "Tạm đình chỉ",
}

export const STATUS_COLOR: Record<string, "green" | "red" | "orange" | "grey" | "blue"> = {
  active: "green",
  expired: "grey",
  revoked: "red",
  superseded: "blue",
  suspended: "orange",
}

export const REASON_LABEL: Record<string, string> = {
  process_noncompliance: "Không tuân thủ quy trình",
  food_safety_violation: "Vi phạm an toàn thực phẩm",
  quality_or_packaging_changed: "Thay đổi chất lượng / bao bì",
  missing_qc_or_trace_records: "Thiếu hồ sơ kiểm soát chất lượng / truy xuất",
  ceased_operation: "Ngừng sản xuất, kinh doanh",
  failed_mandatory_on_reeval: "Không đạt tiêu chí bắt buộc khi đánh giá lại",
  not_reevaluated_in_time: "Không đánh giá lại đúng hạn",
  fraud_or_false_dossier: "Gian lận, khai báo sai hồ sơ",
  other: "Lý do khác",
}

export const stars = (n: number) => "★".repeat(n) + "☆".repeat(Math.max(0, 5 - n))
