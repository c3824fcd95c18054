import { EventEmitter } from "node:events"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { afterEach, describe, expect, it, vi } from "vitest"
import { accessLog } from "../access-log"

/** One request through the access log as Express would pass it, with the line it writes. */
function logged(request: { method: string; originalUrl: string; headers: Record<string, string>; ip: string }) {
  const lines: string[] = []
  const req = {
    ...request,
    requestId: "req_1",
    scope: { resolve: () => ({ info: (line: string) => lines.push(line) }) },
  } as unknown as MedusaRequest
  const res = Object.assign(new EventEmitter(), { statusCode: 200 }) as unknown as MedusaResponse
  const next = vi.fn()
  accessLog(req, res, next)
  expect(next).toHaveBeenCalledOnce()
  ;(res as unknown as EventEmitter).emit("finish")
  return lines
}

describe("the backend's access log", () => {
  const env = process.env.NODE_ENV
  afterEach(() => {
    process.env.NODE_ENV = env
  })

  it("writes method, path, status, duration and request id: no address, user agent, referrer or query", () => {
    process.env.NODE_ENV = "production"
    const lines = logged({
      method: "GET",
      originalUrl: "/store/customers?email=khach%40example.vn&token=secret-token",
      headers: { "user-agent": "Mozilla/5.0 (iPhone)", referer: "https://example.vn/tim?q=ten" },
      ip: "203.0.113.7",
    })
    expect(lines).toHaveLength(1)
    const line = JSON.parse(lines[0].replace(/^request /, ""))
    expect(line).toEqual({
      method: "GET",
      path: "/store/customers",
      status: 200,
      ms: expect.any(Number),
      request_id: "req_1",
    })
    for (const secret of ["203.0.113", "iPhone", "khach", "secret-token", "tim?q"])
      expect(lines[0]).not.toContain(secret)
  })
})
