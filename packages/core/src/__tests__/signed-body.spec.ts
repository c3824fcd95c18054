import { describe, expect, it } from "vitest"
import { parseSignatureHeader, signatureHeader, signBody, verifySignedBody } from "../signed-body"

const secret = "bank-webhook-secret"
const body = JSON.stringify({ transaction_id: "FT2611290001", amount: 125000 })
const now = Date.UTC(2026, 10, 29, 6, 0, 0)
const ts = Math.floor(now / 1000)

describe("signed bodies", () => {
  it("sign the exact bytes: a Buffer and its string sign alike", () => {
    expect(signBody(secret, Buffer.from(body), ts)).toBe(signBody(secret, body, ts))
  })

  it("read the one-header form back, and accept it", () => {
    const header = signatureHeader(secret, body, ts)
    expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/)
    const { timestamp, signatures } = parseSignatureHeader(header)
    expect(verifySignedBody({ secret, body, timestamp, signature: signatures, now })).toEqual({ ok: true })
  })

  it("accept any of several signatures (a secret being rotated), and refuse when none matches", () => {
    const good = signBody(secret, body, ts)
    const other = signBody("old-secret", body, ts)
    const { signatures } = parseSignatureHeader(`t=${ts},v1=${other},v1=${good}`)
    expect(verifySignedBody({ secret, body, timestamp: String(ts), signature: signatures, now })).toEqual({ ok: true })
    expect(verifySignedBody({ secret, body, timestamp: String(ts), signature: [other], now })).toEqual({
      ok: false,
      reason: "bad signature",
    })
  })

  it("refuse a stale call, an empty header and a missing secret", () => {
    const { timestamp, signatures } = parseSignatureHeader(signatureHeader(secret, body, ts))
    const check = (over: object) => verifySignedBody({ secret, body, timestamp, signature: signatures, now, ...over })
    expect(check({ now: now + 301_000 })).toMatchObject({ ok: false, reason: /window/ })
    expect(check({ secret: "" })).toMatchObject({ ok: false, reason: /not configured/ })
    const empty = parseSignatureHeader(undefined)
    expect(empty).toEqual({ timestamp: null, signatures: [] })
    expect(check({ timestamp: empty.timestamp })).toMatchObject({ ok: false, reason: /timestamp/ })
    expect(check({ signature: empty.signatures })).toMatchObject({ ok: false, reason: "malformed signature" })
  })
})
