import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { assertVndAmount } from "@ocop/core"

/**
 * Medusa hands amounts over as BigNumber inputs (number, string or raw value). The đồng has no
 * minor unit, so a VND amount must be a positive whole number; anything else is refused rather
 * than rounded into a QR code that asks for another sum than the order's.
 */
export function wholeDong(amount: BigNumberInput, currencyCode: string): number {
  if (currencyCode.toLowerCase() !== "vnd") {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `VietQR transfers are in VND, not ${currencyCode}`)
  }
  const value = MathBN.convert(amount)
  if (!value.isInteger() || value.lte(0)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `VietQR needs a positive whole number of đồng, got ${value}`)
  }
  const dong = value.toNumber()
  assertVndAmount(dong)
  return dong
}
