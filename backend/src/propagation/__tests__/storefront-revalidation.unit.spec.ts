import http from "node:http"
import type { AddressInfo } from "node:net"
import { verifyRevalidation } from "@ocop/core/revalidation"
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest"
import { StorefrontRevalidation } from "../storefront-revalidation"

/** A storefront's /api/revalidate that records each signed call it verifies, and can refuse. */
describe("storefront revalidation", () => {
  const secret = "s".repeat(32)
  const calls: { at: number; tags: string[] }[] = []
  let refuse = false
  let server: http.Server
  let url: string

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = ""
      req.on("data", (c) => (body += c))
      req.on("end", () => {
        const check = verifyRevalidation({
          secret,
          body,
          timestamp: String(req.headers["x-ocop-timestamp"]),
          signature: String(req.headers["x-ocop-signature"]),
        })
        if (!check.ok || refuse) return res.writeHead(401).end("no")
        calls.push({ at: Date.now(), tags: JSON.parse(body).tags })
        res.writeHead(200).end("{}")
      })
    })
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((r) => server.close(() => r())))

  const until = async (n: number) => {
    await vi.waitFor(() => expect(calls.length).toBeGreaterThanOrEqual(n), { timeout: 2_000, interval: 10 })
  }

  it("sends the tags gathered in a moment in one signed call, and the same tags again once renders in flight have ended", async () => {
    calls.length = 0
    const logger = { warn: vi.fn(), error: vi.fn() }
    const cache = new StorefrontRevalidation({ url, secret, delayMs: 20, settleMs: 150 }, logger)
    cache.enqueue(["products", "product:a"])
    cache.enqueue(["product:b", "products"])
    await until(2)
    expect(calls.map((c) => c.tags.sort())).toEqual([
      ["product:a", "product:b", "products"],
      ["product:a", "product:b", "products"],
    ])
    expect(calls[1].at - calls[0].at).toBeGreaterThanOrEqual(140)
    // Twice, not more.
    await new Promise((r) => setTimeout(r, 300))
    expect(calls).toHaveLength(2)
    expect(logger.error).not.toHaveBeenCalled()
  })

  it("logs a refused call and does not repeat it", async () => {
    calls.length = 0
    refuse = true
    const logger = { warn: vi.fn(), error: vi.fn() }
    const cache = new StorefrontRevalidation({ url, secret, delayMs: 5, settleMs: 30 }, logger)
    cache.enqueue(["products"])
    await vi.waitFor(() => expect(logger.error).toHaveBeenCalledTimes(1), { timeout: 2_000, interval: 10 })
    expect(logger.error.mock.calls[0][0]).toMatch(/revalidation failed for 1 tag\(s\): HTTP 401/)
    await new Promise((r) => setTimeout(r, 100))
    expect(logger.error).toHaveBeenCalledTimes(1)
    refuse = false
  })
})
