import { describe, expect, it } from "vitest"
import { inviteToken, newInviteSecret, readInviteToken, secretMatches } from "../producer-invite-token"

const ID = "pinv_01JF3ZQ8K9T7V2W4X6Y8Z0A1B2"

describe("producer invitation tokens", () => {
  it("open only with the secret whose hash was stored, and the hash alone gives nothing away", () => {
    const { secret, hash } = newInviteSecret()
    const token = inviteToken(ID, secret)
    expect(readInviteToken(token)).toEqual({ id: ID, secret })
    expect(secretMatches(secret, hash)).toBe(true)
    expect(hash).not.toContain(secret)
    expect(secretMatches(newInviteSecret().secret, hash)).toBe(false)
    expect(secretMatches(secret, "")).toBe(false)
  })

  it("are random each time", () => {
    const a = newInviteSecret()
    const b = newInviteSecret()
    expect(a.secret).not.toBe(b.secret)
    expect(a.secret).toMatch(/^[A-Za-z0-9_-]{43}$/)
  })

  it("refuse anything not shaped like one, before any database is asked", () => {
    for (const bad of ["", ID, `${ID}.short`, `${ID}.${"a".repeat(43)}x`, `pinv_x.${"a".repeat(43)}`, `' or 1=1 --`])
      expect(readInviteToken(bad)).toBeNull()
  })
})
