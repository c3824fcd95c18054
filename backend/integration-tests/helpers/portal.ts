import type { MedusaContainer } from "@medusajs/framework/types"
import type { OcopTestService, seedDemoShop } from "./demo"

/** Who calls: a session's bearer token, and any other headers it sends (an order's access token). */
export type Who = { authorization?: string; headers?: Record<string, string> }
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON answers of many shapes
export type Reply = { status: number; body: Record<string, any> }
type DemoShop = Awaited<ReturnType<typeof seedDemoShop>>
type Api = {
  defaults: { baseURL?: string }
  post(url: string, body: unknown): Promise<{ data: { token: string } }>
}

/**
 * The Store and Admin APIs as the trade suites call them: as a customer, an official or nobody, and
 * the business portal's sign-up (account, profile, an official's review). `shop` is read on each call
 * because suites seed it in `beforeAll`.
 */
export function portalClient(
  api: Api,
  getContainer: () => MedusaContainer,
  shop: () => DemoShop,
  { redirect = "follow" }: { redirect?: RequestRedirect } = {},
) {
  const official = (): Who => ({ authorization: shop().admin.headers.authorization })

  /** One request with a body as given (a string of `type`, or a form); the answer parsed if it is JSON. */
  async function send(who: Who, method: string, path: string, body?: string | FormData, type = "application/json") {
    const res = await fetch(`${api.defaults.baseURL}${path}`, {
      method,
      redirect,
      headers: {
        "x-publishable-api-key": shop().publishableKey,
        ...(body === undefined || body instanceof FormData ? {} : { "content-type": type }),
        ...(who.authorization ? { authorization: who.authorization } : {}),
        ...who.headers,
      },
      body,
    })
    const text = await res.text()
    let parsed: Record<string, unknown>
    try {
      parsed = JSON.parse(text)
    } catch {
      parsed = { text }
    }
    return { status: res.status, body: parsed } as Reply
  }
  /** One request with a JSON body (or a form), whatever its answer. */
  const call = (who: Who, method: string, path: string, body?: unknown) =>
    send(who, method, path, body === undefined || body instanceof FormData ? body : JSON.stringify(body))
  /** As `call`, for a request that must succeed: its answer's body. */
  const ok = async (who: Who, method: string, path: string, body?: unknown) => {
    const reply = await call(who, method, path, body)
    if (reply.status >= 300) throw new Error(`${method} ${path} → ${reply.status}: ${JSON.stringify(reply.body)}`)
    return reply.body
  }

  /** A new customer account, signed in: what a business registering on the portal starts with. */
  async function customer(email: string): Promise<Who> {
    const { data } = await api.post("/auth/customer/emailpass/register", { email, password: "portal-pass-1" })
    await ok({ authorization: `Bearer ${data.token}` }, "POST", "/store/customers", { email })
    const { data: login } = await api.post("/auth/customer/emailpass", { email, password: "portal-pass-1" })
    return { authorization: `Bearer ${login.token}` }
  }

  /** A business registered on a fresh account, not yet reviewed. */
  async function pending(email: string, taxCode: string, type: string) {
    const who = await customer(email)
    const { business } = await ok(who, "POST", "/store/trade/me", {
      company_name: `Doanh nghiệp thử ${taxCode}`,
      tax_code: taxCode,
      type,
      latitude: 16.8163,
      longitude: 107.1003,
      accept_operating_rules: true,
    })
    return { who, id: business.id as string }
  }

  /** A verified business on a fresh account (a producer when `subjectKey` names its OCOP subject). */
  async function business(email: string, taxCode: string, type: string, subjectKey?: string) {
    const registered = await pending(email, taxCode, type)
    const subject_id = subjectKey
      ? (await getContainer().resolve<OcopTestService>("ocop").listSubjects({ key: subjectKey }))[0].id
      : null
    await ok(official(), "POST", `/admin/trade/businesses/${registered.id}/review`, { status: "verified", subject_id })
    return registered
  }

  return { official, send, call, ok, customer, pending, business }
}
