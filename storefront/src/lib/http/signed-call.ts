import { REVALIDATION_MAX_AGE_S } from "@ocop/core/revalidation"

/**
 * What can be checked of a signed call before its body is read: the signature covers the body,
 * but a call without a well-formed signature, or with a stale timestamp, can be refused at once,
 * so nobody gets the storefront to read a body without first holding a fresh-looking call.
 * Returns the reason to refuse, or null when the body is worth reading and verifying.
 */
export function signedCallProblem(headers: Headers, now = Date.now()): string | null {
  const timestamp = headers.get("x-ocop-timestamp")
  const ts = Number(timestamp)
  if (!timestamp || !Number.isInteger(ts)) return "missing or malformed timestamp"
  if (Math.abs(Math.floor(now / 1000) - ts) > REVALIDATION_MAX_AGE_S) return "timestamp outside the allowed window"
  if (!/^[0-9a-f]{64}$/.test(headers.get("x-ocop-signature") ?? "")) return "malformed signature"
  return null
}
