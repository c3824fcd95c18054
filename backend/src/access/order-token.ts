import { createHmac, timingSafeEqual } from "node:crypto"

/**
 * Order-access tokens: what lets a guest read the order they placed, without an account. A token
 * names one order and an expiry, signed with the backend's ORDER_ACCESS_SECRET (a secret of its own,
 * so a leaked session or webhook secret opens no order). Written `<expiry unix seconds>.<HMAC>`; the
 * order id is not in it but signed into it, so a token works only on the address of its own order.
 */

/** How long a token opens its order: a day, long enough to come back from the confirmation e-mail. */
export const ORDER_ACCESS_TTL_S = 24 * 60 * 60

/**
 * How long a token from "find my order" opens its order: 30 minutes, to read it now. Whoever holds
 * the number and the e-mail or phone can ask again; a link copied from that page, a shared screen or
 * a browser's history is worth half an hour, not a day (decision 039).
 */
export const ORDER_LOOKUP_TTL_S = 30 * 60

const TOKEN = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/

/** The secret, or null when the backend was started without one (then no token is minted or valid). */
export const orderAccessSecret = () => process.env.ORDER_ACCESS_SECRET || null

const sign = (secret: string, orderId: string, expires: number) =>
  createHmac("sha256", secret).update(`order-access\n${orderId}\n${expires}`).digest()

export function signOrderToken(secret: string, orderId: string, now = Date.now(), ttlSeconds = ORDER_ACCESS_TTL_S) {
  const expires = Math.floor(now / 1000) + ttlSeconds
  return { token: `${expires}.${sign(secret, orderId, expires).toString("base64url")}`, expires_at: expires }
}

/** Whether `token` opens `orderId` now. Compared in constant time: timing tells nothing of a guess. */
export function verifyOrderToken(secret: string | null, orderId: string, token: unknown, now = Date.now()): boolean {
  if (!secret || typeof token !== "string") return false
  const match = TOKEN.exec(token)
  if (!match) return false
  const expires = Number(match[1])
  if (expires <= Math.floor(now / 1000)) return false
  const expected = sign(secret, orderId, expires)
  const given = Buffer.from(match[2], "base64url")
  return given.length === expected.length && timingSafeEqual(expected, given)
}
