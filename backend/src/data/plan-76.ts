import type { PlanTarget } from "@ocop/core"

/**
 * Kế hoạch 76/KH-UBND (09/4/2021), the seed plan of Quảng Trị's OCOP programme: its annual targets,
 * compared with actuals computed from the marketplace. Indicators the marketplace does not record
 * (officials trained, subjects informed, community-tourism ideas, 5★ candidates) are left out.
 * A new plan is a new file of the same shape.
 */
export const PLAN_76 = {
  code: "76/KH-UBND",
  date: "2021-04-09",
  authority: "UBND tỉnh Quảng Trị",
  title: "Kế hoạch thực hiện Chương trình Mỗi xã một sản phẩm (OCOP) tỉnh Quảng Trị năm 2021",
  targets: [
    { indicator: "NEW_3STAR", min: 23, max: null, unit: "count" },
    { indicator: "NEW_4STAR", min: 2, max: null, unit: "count" },
    { indicator: "ECON_ORGS", min: 15, max: null, unit: "count" },
    { indicator: "NEW_COOPS", min: 4, max: 6, unit: "count" },
    { indicator: "SUBJECTS_IN_TRADE_PROMO_PCT", min: 70, max: null, unit: "percent" },
    { indicator: "PRODUCTS_WITH_MOU_PCT", min: 50, max: 70, unit: "percent" },
  ] satisfies PlanTarget[],
}
