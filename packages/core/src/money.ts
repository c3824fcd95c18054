/**
 * VND money. The đồng has no minor unit in circulation, so amounts are whole
 * numbers everywhere (Medusa stores them as given; ISO 4217 says 0 decimals).
 */
const vnd = new Intl.NumberFormat("vi-VN", {
  style: "currency",
  currency: "VND",
  maximumFractionDigits: 0,
})

/** Throws unless `amount` is a safe whole number of đồng. */
export function assertVndAmount(amount: number): void {
  if (!Number.isSafeInteger(amount)) {
    throw new RangeError(`VND amount must be a whole number of đồng, got ${amount}`)
  }
}

/**
 * Formats an amount as shoppers in Vietnam read it: "125.000 ₫".
 * Intl puts a no-break space before the symbol so the price never wraps.
 */
export function formatVnd(amount: number): string {
  assertVndAmount(amount)
  return vnd.format(amount)
}
