import { readdirSync, readFileSync } from "node:fs"
import path from "node:path"
import { expect, test, type APIRequestContext } from "@playwright/test"

/**
 * The storefront's half of the bad-input sweep (the backend's is
 * backend/integration-tests/http/bad-input-sweep.spec.ts): every API route under
 * storefront/src/app/api, found from the tree so a new one is swept without being listed, and the
 * pages' own entry points, sent malformed input. No answer may be a 5xx.
 */
const API = path.resolve(__dirname, "../../storefront/src/app/api")
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"]

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)],
  )

const routes = walk(API)
  .filter((file) => path.basename(file) === "route.ts")
  .map((file) => {
    const source = readFileSync(file, "utf8")
    return {
      path: `/api/${path.relative(API, path.dirname(file)).split(path.sep).join("/")}`,
      methods: METHODS.filter((m) => new RegExp(`export (async )?function ${m}\\b|export const ${m}\\b`).test(source)),
    }
  })

/** A route's address with each `[param]` replaced by a value. */
const fill = (route: string, value: string) => route.replace(/\[\w+\]/g, value)
const PARAMS = ["x", "%ff%fe", "%00", "a".repeat(3000), "..%2F..%2Fetc%2Fpasswd"]
const QUERIES = ["", "?q=%00", "?q=%ff", `?q=${"x".repeat(20_000)}`, "?q[]=a&q[]=b", "?locale=%00&limit=-1"]
const BODIES: [string, Record<string, string>, string | Buffer][] = [
  ["not JSON", { "content-type": "application/json" }, "{"],
  ["NUL", { "content-type": "application/json" }, JSON.stringify({ tags: ["a\u0000b"], q: "a\u0000b" })],
  ["wrong types", { "content-type": "application/json" }, JSON.stringify({ tags: 7, q: { $ne: 1 } })],
  ["array", { "content-type": "application/json" }, "[1,2,3]"],
  ["text", { "content-type": "text/plain" }, "hello"],
  ["bad multipart", { "content-type": "multipart/form-data; boundary=zz" }, "--zz\r\nbroken"],
  ["2 MB", { "content-type": "application/json" }, Buffer.alloc(2 * 1024 * 1024, 0x61)],
]

async function send(request: APIRequestContext, method: string, url: string, headers = {}, data?: string | Buffer) {
  const res = await request.fetch(url, { method, headers, data, maxRedirects: 0, failOnStatusCode: false })
  return res.status()
}

test("bad input to every storefront API route and page entry is answered without a 5xx", async ({ request }) => {
  expect(routes.length).toBeGreaterThanOrEqual(5)
  const failures: string[] = []
  let cases = 0
  const expectNo5xx = (what: string, status: number) => {
    cases++
    if (status >= 500) failures.push(`${what} → ${status}`)
  }
  for (const route of routes) {
    for (const param of route.path.includes("[") ? PARAMS : ["-"]) {
      for (const method of route.methods) {
        if (method === "GET") {
          for (const query of QUERIES) {
            const url = fill(route.path, param) + query
            expectNo5xx(`GET ${url.slice(0, 120)}`, await send(request, "GET", url))
          }
        } else {
          for (const [name, headers, body] of BODIES) {
            const url = fill(route.path, param)
            expectNo5xx(`${method} ${url.slice(0, 120)} (${name})`, await send(request, method, url, headers, body))
          }
        }
      }
      // Methods the route does not have: Next answers 405.
      for (const method of METHODS.filter((m) => !route.methods.includes(m))) {
        const url = fill(route.path, param)
        const status = await send(request, method, url)
        expectNo5xx(`${method} ${url.slice(0, 120)}`, status)
      }
    }
  }
  for (const url of [
    "/vi/products?q=%00",
    "/vi/products?stars=abc&page=-1&sort=%00",
    "/vi/products/%ff",
    "/vi/products/%00",
    "/vi/order/%ff/confirmed",
    "/vi/order/order_nope/confirmed",
    "/vi/01/%ff%fe",
    "/vi/products/%25",
    "/vi/01/08930000001054/10/A%25B",
    "/en/fairs/%00",
    "/vi/account/producer/returns?status=%00&page=-1",
    "/vi/account/producer/returns/%ff",
  ]) {
    expectNo5xx(`GET ${url}`, await send(request, "GET", url))
  }
  console.log(`storefront bad-input sweep: ${routes.length} API routes, ${cases} cases`)
  expect(failures).toEqual([])
})

test("finding 9: TRACE and other methods pages do not have are 405, with a message", async ({ request }) => {
  for (const method of ["TRACE", "PUT", "DELETE", "PATCH"]) {
    const res = await request.fetch("/vi", { method, maxRedirects: 0, failOnStatusCode: false })
    expect([method, res.status()]).toEqual([method, 405])
    expect(res.headers()["allow"]).toBe("GET, HEAD, POST")
    expect(((await res.json()) as { message: string }).message).toContain(method)
  }
})

test("finding 9: a server action posted from another site is 403, not a 500", async ({ request, baseURL }) => {
  const res = await request.fetch("/vi/checkout", {
    method: "POST",
    headers: {
      origin: "http://evil.example",
      "next-action": "0".repeat(42),
      "content-type": "text/plain;charset=UTF-8",
    },
    data: "[]",
    maxRedirects: 0,
    failOnStatusCode: false,
  })
  expect(res.status()).toBe(403)
  expect(((await res.json()) as { message: string }).message).toContain("http://evil.example")
  // From the shop itself, an unknown action is Next's own refusal, still not a 5xx.
  const own = await request.fetch("/vi/checkout", {
    method: "POST",
    headers: { origin: new URL(baseURL!).origin, "next-action": "0".repeat(42), "content-type": "text/plain" },
    data: "[]",
    maxRedirects: 0,
    failOnStatusCode: false,
  })
  expect(own.status()).toBeLessThan(500)
})
