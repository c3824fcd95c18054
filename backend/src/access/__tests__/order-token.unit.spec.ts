import { describe, expect, it } from "vitest"
import { ORDER_ACCESS_TTL_S, signOrderToken, verifyOrderToken } from "../order-token"

const SECRET = "order-access-secret-for-tests"
const NOW = Date.UTC(2026, 11, 7, 8, 0, 0)

describe("order-access tokens", () => {
  const { token, expires_at } = signOrderToken(SECRET, "order_A", NOW)

  it("open their own order until they expire, a day after minting", () => {
    expect(expires_at).toBe(NOW / 1000 + ORDER_ACCESS_TTL_S)
    expect(verifyOrderToken(SECRET, "order_A", token, NOW)).toBe(true)
    expect(verifyOrderToken(SECRET, "order_A", token, (expires_at - 1) * 1000)).toBe(true)
    expect(verifyOrderToken(SECRET, "order_A", token, expires_at * 1000)).toBe(false)
  })

  it("open no other order, and nothing under another secret or without one", () => {
    expect(verifyOrderToken(SECRET, "order_B", token, NOW)).toBe(false)
    expect(verifyOrderToken("another-secret", "order_A", token, NOW)).toBe(false)
    expect(verifyOrderToken(null, "order_A", token, NOW)).toBe(false)
  })

  it("refuse a changed expiry, a changed signature and anything malformed", () => {
    const [, signature] = token.split(".")
    const flipped = (signature[0] === "A" ? "B" : "A") + signature.slice(1)
    for (const bad of [
      `${expires_at + 3600}.${signature}`,
      `${expires_at}.${flipped}`,
      `${expires_at}.${signature.slice(1)}`,
      `${expires_at}`,
      "",
      undefined,
      ["a", "b"],
    ]) {
      expect(verifyOrderToken(SECRET, "order_A", bad, NOW)).toBe(false)
    }
  })
})
