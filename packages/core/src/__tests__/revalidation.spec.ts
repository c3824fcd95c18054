import { describe, expect, it } from "vitest"
import { signRevalidation, verifyRevalidation } from "../revalidation"

const secret = "s3cret-for-tests"
const body = JSON.stringify({ tags: ["products", "product:nuoc-mam-tung-van"] })
const now = Date.UTC(2026, 10, 29, 6, 0, 0)
const ts = Math.floor(now / 1000)
const signed = (over: Partial<Parameters<typeof verifyRevalidation>[0]> = {}) =>
  verifyRevalidation({
    secret,
    body,
    timestamp: String(ts),
    signature: signRevalidation(secret, body, ts),
    now,
    ...over,
  })

describe("revalidation signatures", () => {
  it("accept the backend's signed call", () => expect(signed()).toEqual({ ok: true }))

  it("refuse another secret, another body, and a tampered signature", () => {
    expect(signed({ signature: signRevalidation("other", body, ts) })).toEqual({ ok: false, reason: "bad signature" })
    expect(signed({ body: JSON.stringify({ tags: ["products"] }) })).toEqual({ ok: false, reason: "bad signature" })
    const sig = signRevalidation(secret, body, ts)
    const flipped = (sig[0] === "a" ? "b" : "a") + sig.slice(1)
    expect(signed({ signature: flipped })).toEqual({ ok: false, reason: "bad signature" })
  })

  it("refuse a replay older than five minutes, and a call from the future", () => {
    expect(signed({ now: now + 301_000 })).toMatchObject({ ok: false, reason: /window/ })
    expect(signed({ now: now - 301_000 })).toMatchObject({ ok: false, reason: /window/ })
    expect(signed({ now: now + 299_000 })).toEqual({ ok: true })
  })

  it("refuse missing parts and an unconfigured secret", () => {
    expect(signed({ signature: null })).toMatchObject({ ok: false, reason: "malformed signature" })
    expect(signed({ signature: "zz" })).toMatchObject({ ok: false, reason: "malformed signature" })
    expect(signed({ timestamp: null })).toMatchObject({ ok: false, reason: /timestamp/ })
    expect(signed({ timestamp: "12.5" })).toMatchObject({ ok: false, reason: /timestamp/ })
    expect(signed({ secret: undefined })).toMatchObject({ ok: false, reason: /not configured/ })
    expect(signed({ secret: "" })).toMatchObject({ ok: false, reason: /not configured/ })
  })
})
