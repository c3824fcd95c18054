import { seedDemoShop } from "../../helpers/demo"
import type { SuiteContext } from "../../helpers/runner"

/** The origins medusa-config.ts trusts by default: the admin's (the backend) and the storefront's. */
const ADMIN_ORIGIN = "http://localhost:9000"
const STOREFRONT_ORIGIN = "http://localhost:8000"

/** security-headers: a suite of shop-reads.spec.ts, on the shared demo shop that file boots. */
export function securityHeadersSuite({ api, getContainer }: SuiteContext) {
  let shop: Awaited<ReturnType<typeof seedDemoShop>>
  const base = () => api.defaults.baseURL as string

  beforeAll(async () => {
    shop = await seedDemoShop(getContainer(), api)
  })

  /** One demo business to review, as an official would. */
  async function businessId() {
    const res = await fetch(`${base()}/admin/trade/businesses`, { headers: shop.admin.headers })
    const { businesses } = (await res.json()) as { businesses: { id: string }[] }
    return businesses[0].id
  }

  const review = async (id: string, headers: Record<string, string>, body: string) =>
    fetch(`${base()}/admin/trade/businesses/${id}/review`, {
      method: "POST",
      headers: { ...shop.admin.headers, ...headers },
      body,
    })

  it("finding 5: backend answers carry nosniff, frame protection and a referrer policy, and no X-Powered-By", async () => {
    const publishable = { "x-publishable-api-key": shop.publishableKey }
    const answers = {
      "/store/products?limit=1": await fetch(`${base()}/store/products?limit=1`, { headers: publishable }),
      "/admin/trade/businesses": await fetch(`${base()}/admin/trade/businesses`, { headers: shop.admin.headers }),
    }
    for (const [url, res] of Object.entries(answers)) {
      const seen = (name: string) => [url, res.headers.get(name)]
      expect(seen("x-powered-by")).toEqual([url, null])
      expect(seen("x-content-type-options")).toEqual([url, "nosniff"])
      expect(seen("x-frame-options")).toEqual([url, "DENY"])
      expect(seen("content-security-policy")).toEqual([url, "frame-ancestors 'none'"])
      expect(seen("referrer-policy")).toEqual([url, "strict-origin-when-cross-origin"])
      // The test backend is served over http: no HSTS.
      expect(seen("strict-transport-security")).toEqual([url, null])
    }
  })

  it("finding 8: a form-encoded admin write is refused with 415", async () => {
    const res = await review(
      await businessId(),
      { "content-type": "application/x-www-form-urlencoded" },
      "status=verified",
    )
    expect(res.status).toBe(415)
    expect(((await res.json()) as { message: string }).message).toMatch(/application\/json/)
    const portal = await fetch(`${base()}/store/trade/me`, {
      method: "POST",
      headers: { "content-type": "text/plain", "x-publishable-api-key": shop.publishableKey },
      body: "{}",
    })
    // Authentication runs first for the portal; a text body never reaches a handler either way.
    expect([401, 415]).toContain(portal.status)
  })

  it("finding 8: a write from a foreign Origin is refused with 403", async () => {
    const res = await review(
      await businessId(),
      { "content-type": "application/json", origin: "http://evil.example" },
      JSON.stringify({ status: "verified" }),
    )
    expect(res.status).toBe(403)
    expect(((await res.json()) as { message: string }).message).toContain("http://evil.example")
  })

  it("finding 8: JSON writes from the admin's origin, the storefront's origin or a server (no Origin) pass", async () => {
    const id = await businessId()
    for (const origin of [ADMIN_ORIGIN, STOREFRONT_ORIGIN, undefined]) {
      const res = await review(
        id,
        { "content-type": "application/json", ...(origin ? { origin } : {}) },
        JSON.stringify({ status: "verified" }),
      )
      expect({ origin, status: res.status }).toEqual({ origin, status: 200 })
    }
  })
}
