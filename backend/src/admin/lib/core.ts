/**
 * Runtime helpers of @ocop/core for the admin. The package's build is CommonJS, which the admin's
 * Vite build does not convert for a linked workspace package ("formatVnd is not exported"), so the
 * values come from its ES module sources; types still come from "@ocop/core" as usual.
 */
export { formatVnd } from "../../../../packages/core/src/money"
export { AGREEMENT_STATUSES, FINAL_AGREEMENT_STATUSES } from "../../../../packages/core/src/agreements"
export { BUSINESS_STATUSES, SALES_POINT_TYPES, TRADE_EVENT_KINDS } from "../../../../packages/core/src/trade-types"
export { vietnamDate } from "../../../../packages/core/src/dates"
export { vietnameseDay } from "../../../../packages/core/src/store-fields"
export { formatVietnamTime, vietnamDayAndTime } from "../../../../packages/core/src/vn-time"
export { REPORT_STATUSES } from "../../../../packages/core/src/counterfeit-report"
export { photoSrcSet } from "../../../../packages/core/src/http/producer-stall"
export { MONTH, monthOf, previousMonth } from "../../../../packages/core/src/settlement"
export { bankName } from "../../../../packages/core/src/vietqr"
export { MOIT_STATUSES, POLICY_KINDS } from "../../../../packages/core/src/policies"
