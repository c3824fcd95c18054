import { createHmac, timingSafeEqual } from "node:crypto"

/**
 * The short signature printed with each serial (`?s=` on the code's URL), so codes can neither be
 * enumerated nor forged: without the secret nobody can make a valid code for a serial, and serials
 * that exist cannot be found by counting. Server only (Node crypto).
 *
 * HMAC-SHA256 over the canonical code path (`/01/{GTIN-14}/10/{lot}/21/{serial}`, the form
 * `digitalLinkPath` writes), cut to 72 bits and written in base64url: 12 characters, few enough to
 * keep the QR code small, and 2^72 guesses are out of reach of an online resolver. The secret is the
 * traceability's own (TRACE_TOKEN_SECRET), so leaking a session or webhook secret forges no label.
 */
const TOKEN_BYTES = 9
export const SERIAL_TOKEN_PATTERN = /^[A-Za-z0-9_-]{12}$/

export function serialToken(secret: string, codePath: string): string {
  if (!secret) throw new RangeError("the serial token secret is empty")
  return createHmac("sha256", secret).update(codePath).digest().subarray(0, TOKEN_BYTES).toString("base64url")
}

/** Constant time, so the resolver's timing tells nothing about how much of a guess was right. */
export function verifySerialToken(secret: string, codePath: string, token: string | null | undefined): boolean {
  if (!token || !SERIAL_TOKEN_PATTERN.test(token)) return false
  const expected = Buffer.from(serialToken(secret, codePath), "base64url")
  const given = Buffer.from(token, "base64url")
  return given.length === expected.length && timingSafeEqual(expected, given)
}
