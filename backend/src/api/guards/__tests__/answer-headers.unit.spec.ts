import type { AddressInfo } from "node:net"
import http from "node:http"
import express from "express"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { register } from "../../../../instrumentation"

type Hook = (handle: () => Promise<void>, req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the same exports object `medusa start` reads
const start = require("@medusajs/medusa/commands/start") as { traceRequestHandler?: Hook }

/**
 * An Express app passed through the hook the way `medusa start` passes every request: answers the
 * application's middlewares never see (a static dashboard file, a health check, a handler that sets
 * its own policy) must still leave with the security headers.
 */
describe("every backend answer carries the security headers", () => {
  let server: http.Server
  let base: string
  const traced: string[] = []

  beforeAll(async () => {
    // A hook installed before ours (tracing) keeps running.
    start.traceRequestHandler = async (handle, req) => {
      traced.push(req.url ?? "")
      await handle()
    }
    register()
    const app = express()
    app.use("/app", (_req, res) => res.type("html").send("<!doctype html><title>admin</title>"))
    app.get("/health", (_req, res) => res.send("OK"))
    app.get("/own-policy", (_req, res) => res.set("Content-Security-Policy", "default-src 'none'").json({}))
    server = http.createServer((req, res) => void start.traceRequestHandler!(async () => app(req, res), req, res))
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it("finding 5: the admin dashboard and Medusa's early answers cannot be framed or sniffed and do not name Express", async () => {
    for (const url of ["/app", "/app/login", "/health"]) {
      const res = await fetch(base + url)
      const seen = (name: string) => [url, res.headers.get(name)]
      expect(seen("x-powered-by")).toEqual([url, null])
      expect(seen("x-frame-options")).toEqual([url, "DENY"])
      expect(seen("content-security-policy")).toEqual([url, "frame-ancestors 'none'"])
      expect(seen("x-content-type-options")).toEqual([url, "nosniff"])
      expect(seen("referrer-policy")).toEqual([url, "strict-origin-when-cross-origin"])
    }
    expect(traced).toEqual(["/app", "/app/login", "/health"])
  })

  it("keeps a policy a handler or Express set for its own answer, adding frame-ancestors", async () => {
    for (const url of ["/own-policy", "/no-such-route"]) {
      const res = await fetch(base + url)
      expect([url, res.headers.get("content-security-policy")]).toEqual([
        url,
        "default-src 'none'; frame-ancestors 'none'",
      ])
      expect([url, res.headers.get("x-frame-options")]).toEqual([url, "DENY"])
    }
  })
})
