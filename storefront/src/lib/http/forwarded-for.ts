import "server-only"
import { headers } from "next/headers"

/**
 * The shopper's address as this server received it, passed on so that the backend's per-address
 * limits (sign-in, registration, finding an order) count each shopper, not the storefront as one
 * client. The backend believes it only from a proxy it trusts (docs/security.md).
 */
export async function forwardedFor(): Promise<Record<string, string>> {
  const address = (await headers()).get("x-forwarded-for")
  return address ? { "x-forwarded-for": address } : {}
}
