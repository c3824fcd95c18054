/**
 * The business portal through the Store and Admin APIs with plain fetch, as the distributed-mode
 * test drives it: fresh customer accounts, business profiles an official verifies, then any call as
 * one of them. `official` is an admin's `Authorization` header.
 */
export function tradePortal(baseUrl: string, publishableKey: string, official: string) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are checked by the test's assertions
  async function call<T = Record<string, any>>(
    method: string,
    path: string,
    { authorization, body }: { authorization?: string; body?: unknown } = {},
  ): Promise<T> {
    const form = body instanceof FormData
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        "x-publishable-api-key": publishableKey,
        ...(authorization ? { authorization } : {}),
        ...(body === undefined || form ? {} : { "content-type": "application/json" }),
      },
      body: form ? body : body === undefined ? undefined : JSON.stringify(body),
    })
    const json = (await res.json().catch(() => ({}))) as T & { message?: string }
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status}: ${json.message ?? JSON.stringify(json)}`)
    return json
  }

  /** A new customer account, signed in: its `Authorization` header. */
  async function customer(email: string): Promise<string> {
    const password = "portal-pass-1"
    const { token } = await call("POST", "/auth/customer/emailpass/register", { body: { email, password } })
    await call("POST", "/store/customers", { authorization: `Bearer ${token}`, body: { email } })
    const { token: signedIn } = await call("POST", "/auth/customer/emailpass", { body: { email, password } })
    return `Bearer ${signedIn}`
  }

  /** A business on a fresh account, verified by the official (a producer when `subjectId` names its OCOP subject). */
  async function verifiedBusiness(email: string, taxCode: string, type: string, subjectId: string | null = null) {
    const authorization = await customer(email)
    const { business } = await call("POST", "/store/trade/me", {
      authorization,
      body: { company_name: `Doanh nghiệp thử ${taxCode}`, tax_code: taxCode, type, accept_operating_rules: true },
    })
    await call("POST", `/admin/trade/businesses/${business.id}/review`, {
      authorization: official,
      body: { status: "verified", subject_id: subjectId },
    })
    return { authorization, id: business.id as string }
  }

  return { call, verifiedBusiness }
}
