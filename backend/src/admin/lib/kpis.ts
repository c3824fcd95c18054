import type { KpiFigure, KpiIndicator } from "@ocop/core"
import type { BadgeColor } from "./trade-labels"
import { count } from "./labels"
import { money } from "./money"

/** The plan's indicators in the words of the plan (Kế hoạch 76/KH-UBND). */
export const KPI_LABEL: Record<KpiIndicator, string> = {
  NEW_3STAR: "Sản phẩm 3 sao mới",
  NEW_4STAR: "Sản phẩm 4 sao mới",
  ECON_ORGS: "Tổ chức kinh tế tham gia",
  NEW_COOPS: "Hợp tác xã mới có sản phẩm OCOP",
  SUBJECTS_IN_TRADE_PROMO_PCT: "Chủ thể tham gia xúc tiến thương mại (%)",
  PRODUCTS_WITH_MOU_PCT: "Sản phẩm xúc tiến có MoU/hợp đồng (%)",
  SIGNED_VALUE_VND: "Giá trị ký kết",
  REALISED_VALUE_VND: "Giá trị thực hiện",
}

export type KpiUnit = "count" | "percent" | "vnd"

/** The unit of a figure: the target names it, and the indicator's code does when there is no target. */
export const unitOf = (f: KpiFigure): KpiUnit =>
  f.target?.unit ?? (f.indicator.endsWith("_PCT") ? "percent" : f.indicator.endsWith("_VND") ? "vnd" : "count")

const percent = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 1 })

export function formatKpi(value: number, unit: KpiUnit): string {
  if (unit === "vnd") return money(value)
  if (unit === "percent") return `${percent.format(value)}%`
  return count(value)
}

/** The target as officials read it in the plan: "≥ 23", "4–6", "≤ 70%"; null when the plan sets none. */
export function formatTarget(f: KpiFigure): string | null {
  const t = f.target
  if (!t || (t.min === null && t.max === null)) return null
  const unit = unitOf(f)
  if (t.min !== null && t.max !== null) {
    return unit === "percent" ? `${percent.format(t.min)}–${formatKpi(t.max, unit)}` : `${count(t.min)}–${count(t.max)}`
  }
  return t.min !== null ? `≥ ${formatKpi(t.min, unit)}` : `≤ ${formatKpi(t.max!, unit)}`
}

export const VERDICT_LABEL: Record<NonNullable<KpiFigure["verdict"]>, string> = {
  met: "Đạt",
  below: "Chưa đạt",
  above: "Vượt mức tối đa",
}
export const VERDICT_COLOR: Record<NonNullable<KpiFigure["verdict"]>, BadgeColor> = {
  met: "green",
  below: "red",
  above: "orange",
}

/** How each figure is computed (computeKpis in @ocop/core), in a line under the card's figure. */
export const KPI_HINT: Record<KpiIndicator, string> = {
  NEW_3STAR: "Sản phẩm lần đầu đạt 3 sao theo quyết định trong kỳ; công nhận lại không tính",
  NEW_4STAR: "Sản phẩm lần đầu đạt 4 sao theo quyết định trong kỳ; công nhận lại không tính",
  ECON_ORGS: "Doanh nghiệp, hợp tác xã có giấy chứng nhận được quyết định trong kỳ",
  NEW_COOPS: "Hợp tác xã có giấy chứng nhận đầu tiên trong kỳ",
  SUBJECTS_IN_TRADE_PROMO_PCT: "Chủ thể còn giấy chứng nhận cuối kỳ đã trưng bày hoặc chào hàng trong kỳ",
  PRODUCTS_WITH_MOU_PCT: "Sản phẩm trưng bày hoặc chào hàng trong kỳ có trong MoU/hợp đồng ký trong kỳ",
  SIGNED_VALUE_VND: "Thỏa thuận ký trong kỳ, không tính bản nháp và thỏa thuận đã huỷ",
  REALISED_VALUE_VND: "Giá trị đã giao theo các thỏa thuận ký trong kỳ",
}

/** What a percentage counts, after "count / total". */
export const KPI_OF: Partial<Record<KpiIndicator, string>> = {
  SUBJECTS_IN_TRADE_PROMO_PCT: "chủ thể",
  PRODUCTS_WITH_MOU_PCT: "sản phẩm",
}

/** Bar colours by verdict, from the admin theme's variables so dark mode follows. */
export const VERDICT_FILL: Record<NonNullable<KpiFigure["verdict"]> | "none", string> = {
  met: "var(--tag-green-icon)",
  below: "var(--tag-red-icon)",
  above: "var(--tag-orange-icon)",
  none: "var(--bg-interactive)",
}
