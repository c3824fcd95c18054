import type {
  AgreementKind,
  AgreementStatus,
  BusinessStatus,
  BusinessType,
  MeetingStatus,
  SalesPointType,
  TradeEventKind,
} from "@ocop/core"

/** Vietnamese labels for the codes the trade API sends; screens show an unknown code as sent. */

export type BadgeColor = "green" | "red" | "blue" | "orange" | "grey" | "purple"

export const BUSINESS_TYPE_LABEL: Record<BusinessType, string> = {
  distributor: "Nhà phân phối",
  supermarket: "Siêu thị",
  hotel_restaurant: "Khách sạn, nhà hàng",
  exporter: "Doanh nghiệp xuất khẩu",
  processor: "Cơ sở chế biến",
  producer: "Chủ thể sản xuất OCOP",
}

export const BUSINESS_STATUS_LABEL: Record<BusinessStatus, string> = {
  pending: "Chờ xác minh",
  verified: "Đã xác minh",
  rejected: "Bị từ chối",
}
export const BUSINESS_STATUS_COLOR: Record<BusinessStatus, BadgeColor> = {
  pending: "orange",
  verified: "green",
  rejected: "red",
}

export const EVENT_KIND_LABEL: Record<TradeEventKind, string> = {
  fair: "Hội chợ",
  conference: "Hội nghị kết nối cung cầu",
  delegation: "Đoàn xúc tiến thương mại",
  festival: "Lễ hội",
}

export const MEETING_STATUS_LABEL: Record<MeetingStatus, string> = {
  requested: "Chờ trả lời",
  accepted: "Đã nhận lịch",
  declined: "Bị từ chối",
  cancelled: "Đã huỷ",
}
export const MEETING_STATUS_COLOR: Record<MeetingStatus, BadgeColor> = {
  requested: "orange",
  accepted: "green",
  declined: "red",
  cancelled: "grey",
}

export const SALES_POINT_TYPE_LABEL: Record<SalesPointType, string> = {
  administrative_centre: "Trung tâm hành chính",
  traditional_market: "Chợ truyền thống",
  supermarket: "Siêu thị",
  tourist_site: "Điểm du lịch",
  festival: "Lễ hội",
  craft_village: "Làng nghề",
  station: "Nhà ga, bến xe",
  other: "Khác",
}

export const AGREEMENT_KIND_LABEL: Record<AgreementKind, string> = {
  mou: "Biên bản ghi nhớ",
  contract: "Hợp đồng",
}

export const AGREEMENT_STATUS_LABEL: Record<AgreementStatus, string> = {
  draft: "Bản nháp",
  signed_mou: "Đã ký ghi nhớ",
  contract: "Đã ký hợp đồng",
  in_delivery: "Đang giao hàng",
  fulfilled: "Hoàn thành",
  cancelled: "Đã huỷ",
  expired: "Hết hạn",
}
export const AGREEMENT_STATUS_COLOR: Record<AgreementStatus, BadgeColor> = {
  draft: "grey",
  signed_mou: "blue",
  contract: "purple",
  in_delivery: "orange",
  fulfilled: "green",
  cancelled: "red",
  expired: "grey",
}

/** The label of a code, or the code itself when the API learnt a value before this screen did. */
export const labelOf = <K extends string>(labels: Record<K, string>, code: string) =>
  (labels as Record<string, string>)[code] ?? code
