import { createHmac, timingSafeEqual } from "node:crypto"

/**
 * The signed call the backend makes to the storefront when listed products change, so cached
 * catalogue and product pages drop them at once. Signature: hex HMAC-SHA256 over
 * `<unix seconds>.<raw body>`, sent as `x-ocop-timestamp` and `x-ocop-signature`; a call older
 * than five minutes is refused so a captured one cannot be replayed later.
 */
export const REVALIDATION_MAX_AGE_S = 300

export function signRevalidation(secret: string, body: string, timestamp: number): string {
  return createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")
}

export type RevalidationCheck = { ok: true } | { ok: false; reason: string }

export function verifyRevalidation(input: {
  secret: string | undefined
  body: string
  timestamp: string | null
  signature: string | null
  now?: number
}): RevalidationCheck {
  if (!input.secret) return { ok: false, reason: "revalidation is not configured" }
  const ts = Number(input.timestamp)
  if (!input.timestamp || !Number.isInteger(ts)) return { ok: false, reason: "missing or malformed timestamp" }
  const now = Math.floor((input.now ?? Date.now()) / 1000)
  if (Math.abs(now - ts) > REVALIDATION_MAX_AGE_S) return { ok: false, reason: "timestamp outside the allowed window" }
  if (!input.signature || !/^[0-9a-f]{64}$/.test(input.signature)) return { ok: false, reason: "malformed signature" }
  const expected = Buffer.from(signRevalidation(input.secret, input.body, ts), "hex")
  // Constant time: the comparison must not tell an attacker how many leading bytes were right.
  if (!timingSafeEqual(expected, Buffer.from(input.signature, "hex"))) return { ok: false, reason: "bad signature" }
  return { ok: true }
}

/** Cache tags shared by the storefront's reads and the backend's revalidation calls. */
export const CacheTags = {
  products: "products",
  product: (handle: string) => `product:${handle}`,
} as const
