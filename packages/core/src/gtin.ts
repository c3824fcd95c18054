/**
 * GS1 GTIN rules (GS1 General Specifications §7.9): GTIN-8/12/13/14, the last
 * digit a mod-10 check digit with weights 3,1,3,… counted from the right.
 */
const GTIN_LENGTHS = new Set([8, 12, 13, 14])

/** Check digit for the digits of a GTIN without its check digit. */
export function gtinCheckDigit(body: string): number {
  if (!/^\d+$/.test(body)) throw new RangeError(`GTIN body must be digits, got ${JSON.stringify(body)}`)
  let sum = 0
  for (let i = 0; i < body.length; i++) {
    const digit = body.charCodeAt(body.length - 1 - i) - 48
    sum += i % 2 === 0 ? digit * 3 : digit
  }
  return (10 - (sum % 10)) % 10
}

export type GtinCheck = { ok: true; gtin14: string } | { ok: false; reason: string }

/** Validates a GTIN of any standard length and normalises it to 14 digits. */
export function checkGtin(value: string): GtinCheck {
  if (!/^\d+$/.test(value)) return { ok: false, reason: "a GTIN contains digits only" }
  if (!GTIN_LENGTHS.has(value.length)) {
    return { ok: false, reason: `a GTIN has 8, 12, 13 or 14 digits, not ${value.length}` }
  }
  const expected = gtinCheckDigit(value.slice(0, -1))
  const actual = Number(value.at(-1))
  if (expected !== actual) {
    return { ok: false, reason: `check digit is ${actual}, expected ${expected}` }
  }
  return { ok: true, gtin14: value.padStart(14, "0") }
}

export function isValidGtin(value: string): boolean {
  return checkGtin(value).ok
}
