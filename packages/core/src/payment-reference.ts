/**
 * The code a shopper's bank transfer carries in its note so the bank's notification can be matched
 * to the order: "OCOP" and 8 Crockford base32 characters (40 random bits). Short enough for every
 * banking app's note field, unguessable, and without the letters I, L, O, U that people misread.
 */
export const PAYMENT_REFERENCE_PREFIX = "OCOP"

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
const BODY = "[0-9A-HJKMNP-TV-Z]{8}"

/** `random(n)` returns n random bytes; the default is the platform's cryptographic generator. */
export function newPaymentReference(
  random: (n: number) => Uint8Array = (n) => globalThis.crypto.getRandomValues(new Uint8Array(n)),
): string {
  const bytes = random(5)
  let bits = 0n
  for (const b of bytes) bits = (bits << 8n) | BigInt(b)
  let body = ""
  for (let i = 7; i >= 0; i--) body += CROCKFORD[Number((bits >> BigInt(i * 5)) & 31n)]
  return PAYMENT_REFERENCE_PREFIX + body
}

export function isPaymentReference(text: string): boolean {
  return new RegExp(`^${PAYMENT_REFERENCE_PREFIX}${BODY}$`).test(text)
}

/**
 * Finds the reference in a bank statement line. Banks upper-case notes, prepend their own codes
 * ("MBVCB.1234.OCOP7K3M9Q2X.CT tu ...") and some split long words with spaces or dots, so the
 * note is searched as sent first and then with separators removed.
 */
export function findPaymentReference(description: string): string | null {
  const pattern = new RegExp(`${PAYMENT_REFERENCE_PREFIX}${BODY}`)
  const upper = description.toUpperCase()
  const found = upper.match(pattern) ?? upper.replace(/[\s.\-_]+/g, "").match(pattern)
  return found ? found[0] : null
}
