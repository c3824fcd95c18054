import { NextRequest } from "next/server"
import { describe, expect, it } from "vitest"
import proxy from "../proxy"

const go = (path: string) => proxy(new NextRequest(new URL(path, "http://shop.example")))
/** Where Next is sent on: the rewrite's path, or the request's own when the proxy only lets it through. */
const onwards = (path: string) => {
  const rewrite = go(path).headers.get("x-middleware-rewrite")
  return rewrite ? new URL(rewrite).pathname : path
}

describe("the proxy and percent-encoded paths", () => {
  it('hands Next a path holding "%25" as it was received, never a bare "%"', () => {
    for (const path of ["/vi/products/%25", "/vi/%25abc", "/en/01/08930000001054/10/A%25B", "/vi/producers/100%25"])
      expect([path, onwards(path)]).toEqual([path, path])
  })

  it("sends a path without a locale to the visitor's language, with its encoding kept", () => {
    const res = go("/products/%25")
    expect(res.status).toBe(307)
    expect(new URL(res.headers.get("location")!).pathname).toBe("/vi/products/%25")
  })

  it("leaves other encoded paths as they were, and still sets the page's language", () => {
    for (const path of ["/vi/products/c%C3%A0-ph%C3%AA", "/en/fairs/%ff"])
      expect(go(path).headers.get("x-middleware-rewrite")).toBeNull()
    expect(go("/en/products/%25").headers.get("x-middleware-request-x-next-intl-locale")).toBe("en")
  })
})
