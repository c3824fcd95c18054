import { SIGNATURE_MAX_AGE_S, signBody, verifySignedBody, type SignatureCheck } from "./signed-body"

/**
 * The signed call the backend makes to the storefront when listed products change, so cached
 * catalogue and product pages drop them at once. Signature: `./signed-body` (hex HMAC-SHA256 over
 * `<unix seconds>.<raw body>`), sent as `x-ocop-timestamp` and `x-ocop-signature`; a call older
 * than five minutes is refused so a captured one cannot be replayed later.
 */
export const REVALIDATION_MAX_AGE_S = SIGNATURE_MAX_AGE_S

export function signRevalidation(secret: string, body: string, timestamp: number): string {
  return signBody(secret, body, timestamp)
}

export type RevalidationCheck = SignatureCheck

export function verifyRevalidation(input: {
  secret: string | undefined
  body: string
  timestamp: string | null
  signature: string | null
  now?: number
}): RevalidationCheck {
  if (!input.secret) return { ok: false, reason: "revalidation is not configured" }
  return verifySignedBody(input)
}

/** Cache tags shared by the storefront's reads and the backend's revalidation calls. */
export const CacheTags = {
  products: "products",
  product: (handle: string) => `product:${handle}`,
  /** The operator's details and the policies: every page's footer and the policy pages. */
  policies: "policies",
} as const
