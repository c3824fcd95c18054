import { createHash, randomBytes, timingSafeEqual } from "node:crypto"

/**
 * An invitation link's token is `<invite id>.<secret>`: the id finds the invitation, the secret
 * (32 random bytes, base64url) proves the link. Only the secret's SHA-256 is stored, and it is
 * compared in constant time, so neither the table nor the answer's timing gives a link away.
 */
const TOKEN = /^(pinv_[0-9A-Z]{26})\.([A-Za-z0-9_-]{43})$/

export const hashSecret = (secret: string) => createHash("sha256").update(secret).digest("hex")

/** A fresh secret and the hash to store for it. */
export function newInviteSecret(): { secret: string; hash: string } {
  const secret = randomBytes(32).toString("base64url")
  return { secret, hash: hashSecret(secret) }
}

export const inviteToken = (id: string, secret: string) => `${id}.${secret}`

/** The id and secret a token holds, or null when it is not a token of this shape at all. */
export function readInviteToken(token: string): { id: string; secret: string } | null {
  const match = TOKEN.exec(token)
  return match ? { id: match[1], secret: match[2] } : null
}

/** Whether `secret` is the one whose hash was stored, compared in constant time. */
export function secretMatches(secret: string, storedHash: string): boolean {
  const given = Buffer.from(hashSecret(secret), "hex")
  const stored = Buffer.from(storedHash, "hex")
  return given.length === stored.length && timingSafeEqual(given, stored)
}
