import { describe, expect, it } from "vitest"
import { signedCallProblem } from "../signed-call"

const now = Date.UTC(2026, 11, 7, 4, 0, 0)
const seconds = Math.floor(now / 1000)
const headers = (timestamp: string | null, signature: string | null) =>
  new Headers([
    ...(timestamp === null ? [] : [["x-ocop-timestamp", timestamp] as [string, string]]),
    ...(signature === null ? [] : [["x-ocop-signature", signature] as [string, string]]),
  ])

describe("signedCallProblem", () => {
  it("lets a fresh, well-formed call on to have its body verified", () => {
    expect(signedCallProblem(headers(String(seconds - 30), "ab".repeat(32)), now)).toBeNull()
  })

  it("refuses a call without a timestamp, with a stale one or without a well-formed signature", () => {
    expect(signedCallProblem(headers(null, "ab".repeat(32)), now)).toMatch(/timestamp/)
    expect(signedCallProblem(headers("soon", "ab".repeat(32)), now)).toMatch(/timestamp/)
    expect(signedCallProblem(headers(String(seconds - 600), "ab".repeat(32)), now)).toMatch(/window/)
    expect(signedCallProblem(headers(String(seconds), null), now)).toMatch(/signature/)
    expect(signedCallProblem(headers(String(seconds), "AB".repeat(32)), now)).toMatch(/signature/)
  })
})
