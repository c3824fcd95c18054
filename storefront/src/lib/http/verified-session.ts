import "server-only"
import { getAuthToken, storeError } from "@/lib/data/session"
import { sdk } from "@/lib/medusa"

export type SessionCheck = { ok: true; token: string } | { ok: false; status: number; message: string }

/**
 * The shopper's login token once the backend has accepted it. A route that reads a large body
 * asks this first: any cookie value would pass a check for presence, but only a token the
 * backend honours (signature, expiry, an existing customer) gets its body read.
 */
export async function verifiedSession(): Promise<SessionCheck> {
  const token = await getAuthToken()
  if (!token) return { ok: false, status: 401, message: "log in first" }
  try {
    await sdk.client.fetch("/store/customers/me", {
      query: { fields: "id" },
      headers: { authorization: `Bearer ${token}` },
      cache: "no-store",
    })
    return { ok: true, token }
  } catch (e) {
    const { status } = storeError(e)
    if (status === 401 || status === 403 || status === 404)
      return { ok: false, status: 401, message: "the session has ended; log in again" }
    return { ok: false, status: 502, message: "the session could not be checked; try again" }
  }
}
