import { expect, type APIRequestContext } from "@playwright/test"
import { adminHeaders } from "./phone"

// What the producer browser tests set up through the APIs: an official's calls, and a producer's
// owner — an account registered, given a business profile and verified by the official for a demo
// subject no verified account speaks for yet.
export const adminUrl = process.env.ADMIN_URL ?? "http://localhost:9000"
export const PASSWORD = "mat-khau-mau-8"

export async function officialApi(request: APIRequestContext) {
  const headers = await adminHeaders(request)
  const call = async (method: "get" | "post", path: string, data?: unknown) => {
    const res = await request[method](`${adminUrl}${path}`, { headers, data })
    expect(res.status(), `${path}: ${await res.text()}`).toBeLessThan(300)
    return res.json()
  }
  const key = (await call("get", "/admin/api-keys?type=publishable")).api_keys[0].token as string
  return { call, key }
}

/**
 * A verified producer's owner for the first free subject of `candidates` (demo subject keys).
 * `headers` are a shopper's (its own address, the publishable key); `owner` adds the owner's token.
 */
export async function producerOwner(
  request: APIRequestContext,
  admin: Awaited<ReturnType<typeof officialApi>>,
  { run, candidates, label, taxCodeBase }: { run: number; candidates: string[]; label: string; taxCodeBase: number },
) {
  const [{ subjects }, { businesses }] = await Promise.all([
    admin.call("get", "/admin/ocop/subjects?limit=500"),
    admin.call("get", "/admin/trade/businesses?status=verified"),
  ])
  const taken = new Set(businesses.map((b: { subject_id: string | null }) => b.subject_id))
  const subject = candidates
    .map((key) => subjects.find((s: { key: string }) => s.key === key))
    .find((s) => s && !taken.has(s.id)) as { id: string; key: string; name: string }
  expect(subject, "a free demo subject").toBeTruthy()

  const email = `${label}-${run}@example.com`
  const headers = { "x-forwarded-for": `198.51.100.${(run % 250) + 1}`, "x-publishable-api-key": admin.key }
  const reg = await request.post(`${adminUrl}/auth/customer/emailpass/register`, {
    data: { email, password: PASSWORD },
    headers,
  })
  expect(reg.status(), await reg.text()).toBe(200)
  const created = await request.post(`${adminUrl}/store/customers`, {
    data: { email, first_name: `Chủ ${label}` },
    headers: { ...headers, authorization: `Bearer ${(await reg.json()).token}` },
  })
  expect(created.status(), await created.text()).toBe(200)
  const login = await request.post(`${adminUrl}/auth/customer/emailpass`, {
    data: { email, password: PASSWORD },
    headers,
  })
  const owner = { ...headers, authorization: `Bearer ${(await login.json()).token}` }
  const profile = await request.post(`${adminUrl}/store/trade/me`, {
    headers: owner,
    data: {
      company_name: `Nhà sản xuất ${label} ${run}`,
      tax_code: String(taxCodeBase + run),
      type: "producer",
      accept_operating_rules: true,
    },
  })
  expect(profile.status(), await profile.text()).toBe(200)
  const businessId = (await profile.json()).business.id as string
  await admin.call("post", `/admin/trade/businesses/${businessId}/review`, {
    status: "verified",
    subject_id: subject.id,
  })
  return { subject, email, headers, owner, businessId }
}
