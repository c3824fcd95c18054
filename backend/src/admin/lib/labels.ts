import type { JourneyEventType } from "@ocop/core"

/** Vietnamese labels for the codes the traceability API sends; unknown codes are shown as sent. */
export const JOURNEY_LABEL: Record<JourneyEventType, string> = {
  harvested: "Thu hoạch",
  processed: "Chế biến",
  packed: "Đóng gói",
  shipped: "Xuất kho",
  received: "Nhận hàng",
}

/** Device classes recorded instead of user agents (backend/src/resolver/client.ts). */
export const DEVICE_LABEL: Record<string, string> = {
  ios: "iPhone / iPad",
  android: "Android",
  desktop: "Máy tính",
  other: "Khác",
}

/** Counts with Vietnamese digit grouping (1.234). */
export const count = (n: number) => n.toLocaleString("vi-VN")
