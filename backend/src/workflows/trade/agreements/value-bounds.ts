import { MedusaError } from "@medusajs/framework/utils"

/**
 * Ten thousand billion đồng: far above any line, agreement or delivery a province signs, and well
 * inside the integers a JavaScript number and the reports' sums keep exact (2^53). Checked in the
 * workflows, so no route, import or script can store more.
 */
export const MAX_AGREEMENT_VND = 10_000_000_000_000

/** Refuses an amount above the bound, naming the field it came from. */
export function withinBound(amount: number, field: string): number {
  if (!Number.isSafeInteger(amount) || amount > MAX_AGREEMENT_VND)
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${field} must be a whole number of VND no larger than ${MAX_AGREEMENT_VND.toLocaleString("en")}`,
    )
  return amount
}
