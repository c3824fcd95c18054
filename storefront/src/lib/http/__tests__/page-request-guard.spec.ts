import { describe, expect, it } from "vitest"
import { guardPageRequest } from "../page-request-guard"

const request = (method: string, headers: Record<string, string> = {}) =>
  new Request("http://shop.example/vi/checkout", { method, headers })

describe("page requests the storefront refuses before Next sees them", () => {
  it("finding 9: a method pages do not have is 405 with Allow and a message", async () => {
    // TRACE cannot even be a Fetch request: storefront/server.mjs refuses it before Next.
    for (const method of ["PUT", "DELETE", "PATCH", "OPTIONS"]) {
      const res = guardPageRequest(request(method))!
      expect([method, res.status, res.headers.get("allow")]).toEqual([method, 405, "GET, HEAD, POST"])
      expect(((await res.json()) as { message: string }).message).toContain(method)
    }
    expect(guardPageRequest(request("GET"))).toBeNull()
    expect(guardPageRequest(request("HEAD"))).toBeNull()
  })

  it("finding 9: a server action posted from another site is 403; from the shop it goes on", async () => {
    const action = { "next-action": "abc123", host: "shop.example" }
    const foreign = guardPageRequest(request("POST", { ...action, origin: "http://evil.example" }))!
    expect(foreign.status).toBe(403)
    expect(((await foreign.json()) as { message: string }).message).toContain("http://evil.example")
    expect(guardPageRequest(request("POST", { ...action, origin: "not a url" }))!.status).toBe(403)
    expect(guardPageRequest(request("POST", { ...action, origin: "http://shop.example" }))).toBeNull()
    // Behind a proxy the browser addressed the forwarded host.
    const proxied = { ...action, host: "127.0.0.1:8000", "x-forwarded-host": "shop.example" }
    expect(guardPageRequest(request("POST", { ...proxied, origin: "http://shop.example" }))).toBeNull()
    // No Origin (a server, or an old browser): Next's own checks apply.
    expect(guardPageRequest(request("POST", action))).toBeNull()
  })
})
