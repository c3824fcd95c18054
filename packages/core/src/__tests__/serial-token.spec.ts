import { describe, expect, it } from "vitest"
import { digitalLinkPath } from "../digital-link"
import { serialToken, verifySerialToken } from "../serial-token"

const SECRET = "trace-secret-for-tests"
const path = digitalLinkPath({ gtin: "8930000001016", lot: "L2611", serial: "A7K2M9" })

describe("serial tokens", () => {
  it("are 12 URL-safe characters that verify for their own code only", () => {
    const token = serialToken(SECRET, path)
    expect(token).toMatch(/^[A-Za-z0-9_-]{12}$/)
    expect(verifySerialToken(SECRET, path, token)).toBe(true)
    const neighbour = digitalLinkPath({ gtin: "8930000001016", lot: "L2611", serial: "A7K2N0" })
    expect(verifySerialToken(SECRET, neighbour, token)).toBe(false)
  })

  it("refuse a token made with another secret, a changed character, or a malformed one", () => {
    const token = serialToken(SECRET, path)
    expect(verifySerialToken("another-secret", path, token)).toBe(false)
    const flipped = (token[0] === "A" ? "B" : "A") + token.slice(1)
    expect(verifySerialToken(SECRET, path, flipped)).toBe(false)
    for (const bad of [null, undefined, "", "short", `${token}x`, "!!!!!!!!!!!!"]) {
      expect(verifySerialToken(SECRET, path, bad)).toBe(false)
    }
  })

  it("refuse to sign with an empty secret", () => {
    expect(() => serialToken("", path)).toThrow(/secret is empty/)
  })
})
