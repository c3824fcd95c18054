import { describe, expect, it } from "vitest"
import { sameOrigin } from "../same-origin"

const post = (headers: Record<string, string>) =>
  new Request("http://shop.local/api/x", { method: "POST", headers: { host: "shop.local", ...headers } })

describe("sameOrigin", () => {
  it("lets the shop's own forms through, a page without a referrer's included, and refuses other sites", () => {
    expect(sameOrigin(post({}))).toBe(true)
    expect(sameOrigin(post({ origin: "http://shop.local" }))).toBe(true)
    expect(sameOrigin(post({ origin: "https://evil.example" }))).toBe(false)
    expect(sameOrigin(post({ origin: "null", "sec-fetch-site": "same-origin" }))).toBe(true)
    expect(sameOrigin(post({ origin: "null", "sec-fetch-site": "cross-site" }))).toBe(false)
    expect(sameOrigin(post({ origin: "null" }))).toBe(false)
  })
})
