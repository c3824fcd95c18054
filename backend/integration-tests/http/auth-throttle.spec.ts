import { Modules } from "@medusajs/framework/utils"
import { ensureAdminUser } from "../../src/seed/admin-user"
import { seedDemoShop } from "../helpers/demo"
import { integrationTestRunner } from "../helpers/runner"

const REFUSED = "Could not register with these details. If you already have an account, sign in or reset your password."

integrationTestRunner({
  inApp: true,
  sharedDemoShop: true,
  // The production limits (the harness raises them for the other suites, which register many accounts).
  env: { AUTH_THROTTLE_SCALE: "1" },
  testSuite: ({ api, getContainer }) => {
    let shop: Awaited<ReturnType<typeof seedDemoShop>>
    const base = () => api.defaults.baseURL as string

    beforeAll(async () => {
      shop = await seedDemoShop(getContainer(), api)
      await ensureAdminUser(getContainer(), "canh-cua@ocop.local", "right-password-1")
      for (let i = 0; i < 6; i++) await ensureAdminUser(getContainer(), `do-gio-${i}@ocop.local`, "right-password-1")
    })

    /**
     * A POST as a client at `address` would send it. The test client connects from this machine, a
     * trusted proxy by default, so `X-Forwarded-For` names the client (as the storefront does).
     */
    async function post(address: string, path: string, body: unknown, headers: Record<string, string> = {}) {
      const started = performance.now()
      const res = await fetch(`${base()}${path}`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": address, ...headers },
        body: JSON.stringify(body),
      })
      const text = await res.text()
      return { status: res.status, text, retryAfter: res.headers.get("retry-after"), ms: performance.now() - started }
    }
    const signIn = (address: string, email: string, password: string) =>
      post(address, "/auth/user/emailpass", { email, password })
    const register = (address: string, email: string) =>
      post(address, "/auth/customer/emailpass/register", { email, password: "some-password-1" })
    const reset = (address: string, identifier: string) =>
      post(address, "/auth/customer/emailpass/reset-password", { identifier })

    it("finding 4: five wrong passwords block the account with 429 and Retry-After, the right one too", async () => {
      for (let i = 0; i < 5; i++)
        expect((await signIn("203.0.113.1", "canh-cua@ocop.local", `wrong-${i}`)).status).toBe(401)
      // The same account from elsewhere, written differently: one account.
      const blocked = await signIn("203.0.113.9", " Canh-Cua@OCOP.local", "wrong-5")
      expect(blocked.status).toBe(429)
      expect(Number(blocked.retryAfter)).toBeGreaterThan(800)
      expect(Number(blocked.retryAfter)).toBeLessThanOrEqual(900)
      expect(JSON.parse(blocked.text)).toEqual({
        type: "not_allowed",
        message: "Too many attempts. Try again in 15 minutes.",
      })
      expect((await signIn("203.0.113.1", "canh-cua@ocop.local", "right-password-1")).status).toBe(429)
      // Another account from the same address is not held back.
      expect((await signIn("203.0.113.1", "official@ocop.local", "test-password-1")).status).toBe(200)
    })

    it("finding 4: a success clears the account's count", async () => {
      for (let round = 0; round < 3; round++) {
        for (let i = 0; i < 4; i++)
          expect((await signIn("203.0.113.2", "do-gio-0@ocop.local", "wrong")).status).toBe(401)
        expect((await signIn("203.0.113.2", "do-gio-0@ocop.local", "right-password-1")).status).toBe(200)
      }
    })

    it("finding 4: one address is limited across many accounts", async () => {
      for (let i = 0; i < 50; i++) {
        expect((await signIn("203.0.113.3", `khong-co-${i}@example.vn`, "guess")).status).toBe(401)
      }
      const refused = await signIn("203.0.113.3", "do-gio-1@ocop.local", "right-password-1")
      expect(refused.status).toBe(429)
      expect(Number(refused.retryAfter)).toBeGreaterThan(0)
      expect((await signIn("203.0.113.4", "do-gio-1@ocop.local", "right-password-1")).status).toBe(200)
    })

    it("finding 4: registration is limited per e-mail and per address", async () => {
      for (let i = 0; i < 5; i++)
        expect((await register(`198.51.100.${i}`, "mot-dia-chi@example.vn")).status).not.toBe(429)
      const again = await register("198.51.100.99", "MOT-DIA-CHI@example.vn")
      expect([again.status, Number(again.retryAfter) > 0]).toEqual([429, true])

      let token = ""
      for (let i = 0; i < 20; i++) {
        const registered = await register("198.51.100.20", `moi-${i}@example.vn`)
        expect(registered.status).toBe(200)
        token = JSON.parse(registered.text).token
      }
      const more = await register("198.51.100.20", "moi-20@example.vn")
      expect([more.status, Number(more.retryAfter) > 0]).toEqual([429, true])
      // Creating the customer for a registration counts as registering.
      const customer = await post(
        "198.51.100.20",
        "/store/customers",
        { email: "moi-19@example.vn" },
        {
          "x-publishable-api-key": shop.publishableKey,
          authorization: `Bearer ${token}`,
        },
      )
      expect(customer.status).toBe(429)
    })

    it("finding 4: password reset is limited per account and per address", async () => {
      for (let i = 0; i < 5; i++) expect((await reset(`192.0.2.${i}`, "dat-lai@example.vn")).status).toBe(201)
      expect((await reset("192.0.2.99", "dat-lai@example.vn")).status).toBe(429)
      for (let i = 0; i < 20; i++) expect((await reset("192.0.2.50", `dat-lai-${i}@example.vn`)).status).toBe(201)
      expect((await reset("192.0.2.50", "dat-lai-20@example.vn")).status).toBe(429)
    })

    it("finding 3: finding an order is limited per order number and per address", async () => {
      const lookup = (address: string, display_id: number, email: string) =>
        post(
          address,
          "/store/ocop/order-access/lookup",
          { display_id, email },
          {
            "x-publishable-api-key": shop.publishableKey,
          },
        )
      // Guessing the e-mail of one order, from many addresses.
      for (let i = 0; i < 10; i++)
        expect((await lookup(`198.18.0.${i}`, 424_242, `doan-${i}@example.vn`)).status).toBe(404)
      const guessed = await lookup("198.18.0.99", 424_242, "doan-moi@example.vn")
      expect([guessed.status, Number(guessed.retryAfter) > 0]).toEqual([429, true])
      // Walking through order numbers from one address.
      for (let n = 1; n <= 30; n++) expect((await lookup("198.18.1.1", 500_000 + n, "a@example.vn")).status).toBe(404)
      expect((await lookup("198.18.1.1", 600_000, "a@example.vn")).status).toBe(429)
    })

    it("password reset works end to end: the e-mailed link sets a new password once, unknown e-mails get no mail", async () => {
      const email = "quen-mat-khau@example.vn"
      const address = "198.51.100.77"
      const { token } = JSON.parse((await register(address, email)).text) as { token: string }
      const created = await post(
        address,
        "/store/customers",
        { email },
        { authorization: `Bearer ${token}`, "x-publishable-api-key": shop.publishableKey },
      )
      expect(created.status).toBe(200)
      const asked = await post(address, "/auth/customer/emailpass/reset-password", {
        identifier: email,
        metadata: { locale: "en" },
      })
      expect(asked.status).toBe(201)
      const notifications = getContainer().resolve(Modules.NOTIFICATION)
      const mails = async (to: string) => notifications.listNotifications({ to, template: "password-reset" })
      await vi.waitFor(async () => expect(await mails(email)).toHaveLength(1), { timeout: 10_000 })
      const link = new URL(String((await mails(email))[0].data?.reset_url))
      expect(link.pathname).toBe("/en/account/reset-password")
      expect(link.searchParams.get("email")).toBe(email)
      const reset = link.searchParams.get("token")!

      const update = (bearer: string) =>
        post(
          address,
          "/auth/customer/emailpass/update",
          { password: "mat-khau-moi-1" },
          { authorization: `Bearer ${bearer}` },
        )
      expect((await update(reset)).status).toBe(200)
      // The token is single use.
      expect((await update(reset)).status).toBe(401)
      expect(
        (await post("198.51.100.78", "/auth/customer/emailpass", { email, password: "mat-khau-moi-1" })).status,
      ).toBe(200)
      expect(
        (await post("198.51.100.78", "/auth/customer/emailpass", { email, password: "some-password-1" })).status,
      ).toBe(401)

      // An unknown e-mail: the same answer, and no mail.
      const unknown = await post(address, "/auth/customer/emailpass/reset-password", {
        identifier: "khong-co@example.vn",
      })
      expect([unknown.status, unknown.text]).toEqual([asked.status, asked.text])
      await new Promise((resolve) => setTimeout(resolve, 500))
      expect(await mails("khong-co@example.vn")).toHaveLength(0)
    })

    it("finding 4: a known and an unknown e-mail answer alike, in status, words and time", async () => {
      const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
      // Warm-up: the dummy hash is made on the first unknown e-mail; connections and code paths warm.
      await signIn("203.0.113.5", "do-gio-5@ocop.local", "wrong")
      await signIn("203.0.113.5", "chua-tung-co@example.vn", "wrong")
      const known: number[] = []
      const unknown: number[] = []
      for (let i = 0; i < 5; i++) {
        const a = await signIn("203.0.113.5", `do-gio-${i}@ocop.local`, "wrong-password")
        const b = await signIn("203.0.113.5", `chua-co-${i}@example.vn`, "wrong-password")
        expect([b.status, b.text]).toEqual([a.status, a.text])
        expect(a.status).toBe(401)
        known.push(a.ms)
        unknown.push(b.ms)
      }
      // Without the dummy verification an unknown e-mail took 4 % of the time; a busy machine's noise
      // stays well within these bounds.
      const ratio = median(unknown) / median(known)
      expect(ratio).toBeGreaterThan(0.5)
      expect(ratio).toBeLessThan(2)
    })

    it("finding 4: registering a taken e-mail says nothing of the account, and reset answers alike", async () => {
      const taken = await register("198.51.100.40", "official@ocop.local")
      expect([taken.status, JSON.parse(taken.text).message]).toEqual([401, REFUSED])
      const malformed = await post("198.51.100.41", "/auth/customer/emailpass/register", {
        email: "a@b.vn",
        password: 7,
      })
      expect(malformed.text).toBe(taken.text)
      expect(taken.text).not.toMatch(/exist/i)

      const forKnown = await reset("192.0.2.60", "official@ocop.local")
      const forUnknown = await reset("192.0.2.61", "khong-ai@example.vn")
      expect([forUnknown.status, forUnknown.text]).toEqual([forKnown.status, forKnown.text])
    })
  },
})
