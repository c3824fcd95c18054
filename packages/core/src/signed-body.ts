import { createHmac, timingSafeEqual } from "node:crypto"

/**
 * Signed HTTP calls between the marketplace's parts and its partners (server only, Node crypto).
 * Signature: hex HMAC-SHA256 over `<unix seconds>.<raw body>`. A call older (or newer) than five
 * minutes is refused, so a captured call cannot be replayed later. Used by the storefront cache
 * revalidation (separate timestamp and signature headers) and the VietQR bank webhook (one
 * `t=<seconds>,v1=<hex>` header, the layout Stripe uses, so bank integrators know it).
 */
export const SIGNATURE_MAX_AGE_S = 300

/** HMAC over the exact bytes received: pass the raw body, never a re-serialised one. */
export function signBody(secret: string, body: string | Buffer, timestamp: number): string {
  return createHmac("sha256", secret).update(`${timestamp}.`).update(body).digest("hex")
}

export type SignatureCheck = { ok: true } | { ok: false; reason: string }

export function verifySignedBody(input: {
  secret: string | undefined
  body: string | Buffer
  timestamp: string | null
  /** One signature, or several (a header may carry one per secret during a rotation). */
  signature: string | string[] | null
  now?: number
}): SignatureCheck {
  if (!input.secret) return { ok: false, reason: "signing secret is not configured" }
  const ts = Number(input.timestamp)
  if (!input.timestamp || !Number.isInteger(ts)) return { ok: false, reason: "missing or malformed timestamp" }
  const now = Math.floor((input.now ?? Date.now()) / 1000)
  if (Math.abs(now - ts) > SIGNATURE_MAX_AGE_S) return { ok: false, reason: "timestamp outside the allowed window" }
  const candidates = [input.signature ?? []].flat().filter((s) => /^[0-9a-f]{64}$/.test(s))
  if (!candidates.length) return { ok: false, reason: "malformed signature" }
  const expected = Buffer.from(signBody(input.secret, input.body, ts), "hex")
  // Constant time: the comparison must not tell an attacker how many leading bytes were right.
  const match = candidates.some((s) => timingSafeEqual(expected, Buffer.from(s, "hex")))
  return match ? { ok: true } : { ok: false, reason: "bad signature" }
}

/** The one-header form: `t=<unix seconds>,v1=<hex signature>`. */
export function signatureHeader(secret: string, body: string | Buffer, timestamp: number): string {
  return `t=${timestamp},v1=${signBody(secret, body, timestamp)}`
}

export function parseSignatureHeader(header: string | null | undefined): {
  timestamp: string | null
  signatures: string[]
} {
  let timestamp: string | null = null
  const signatures: string[] = []
  for (const part of (header ?? "").split(",")) {
    const eq = part.indexOf("=")
    const key = part.slice(0, eq).trim()
    const value = part.slice(eq + 1).trim()
    if (key === "t") timestamp = value
    else if (key === "v1") signatures.push(value)
  }
  return { timestamp, signatures }
}
