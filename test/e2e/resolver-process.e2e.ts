import { expect, test, type APIRequestContext } from "@playwright/test"
import { adminHeaders } from "./support/phone"

// The resolver is a process of its own (decision 029); the shop's origin forwards codes to it. A
// change made through the admin (in the backend process) must reach its cache at once, not after
// the cache's 5-second time to live: PostgreSQL NOTIFY carries it across.
const adminUrl = process.env.ADMIN_URL ?? "http://localhost:9000"
const PRODUCT = { code: "/p/dua-go-quang-thuy", certificate: "DEMO-QT-2025-0115" } // demo data
const TTL_MS = 5_000

async function setCertificate(request: APIRequestContext, status: "revoked" | "active") {
  const headers = await adminHeaders(request)
  const { certificates } = await (
    await request.get(`${adminUrl}/admin/ocop/certificates?q=${PRODUCT.certificate}`, { headers })
  ).json()
  const changed = await request.post(`${adminUrl}/admin/ocop/certificates/${certificates[0].id}/status`, {
    headers,
    data: {
      status,
      ...(status === "revoked" ? { reason_code: "food_safety_violation" } : {}),
      decision_number: status === "revoked" ? "21/QĐ-UBND" : "22/QĐ-UBND",
      decision_date: "2026-12-01",
    },
  })
  expect(changed.status()).toBe(200)
}

test("a revocation in the admin reaches the resolver process at once, and so does the reinstatement", async ({
  request,
}) => {
  // The product page link (gs1:pip) exists only while the product is on sale.
  const pip = async () => (await request.get(`${PRODUCT.code}?linkType=gs1:pip`, { maxRedirects: 0 })).status()
  const description = await request.get("/.well-known/gs1resolver")
  expect(description.status()).toBe(200)
  try {
    for (const [status, expected] of [
      ["revoked", 404],
      ["active", 307],
    ] as const) {
      expect(await pip()).toBe(expected === 404 ? 307 : 404) // read now: cached for the next 5 s
      const cachedAt = Date.now()
      await setCertificate(request, status)
      await expect.poll(pip, { timeout: 2_000, intervals: [50, 100, 200] }).toBe(expected)
      expect(Date.now() - cachedAt, "the change arrived before the cache would have expired").toBeLessThan(TTL_MS)
    }
  } finally {
    if ((await pip()) !== 307) await setCertificate(request, "active")
  }
})
