import { expect, test, type APIRequestContext, type Page } from "@playwright/test"
import { expectNoSidewaysScroll } from "./support/phone"

// The business portal on a phone, in both languages: refusals in words under their fields, choices
// by name (communes, product groups, businesses) with codes and ids kept out of sight, forms closed
// while the profile awaits verification, quantities counted in items, no fair that is over offered
// for meetings, and a visitor sent to sign in brought back to the page asked for.
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

const adminUrl = process.env.ADMIN_URL ?? "http://localhost:9000"
const run = Date.now() % 1_000_000_000
const taxCode = (n: number) => String(7_000_000_000 + ((run * 10 + n) % 999_999_999))
const PASSWORD = "mat-khau-mau-8"
/** The demo fair of September 2026 (seed/data/trade.json): over by the time these tests run. */
const PAST_FAIR = {
  handle: "hoi-cho-ocop-quang-tri-2026",
  vi: "Hội chợ OCOP Quảng Trị 2026",
  en: "Quảng Trị OCOP Fair 2026",
}

const TEXT = {
  vi: {
    taxError: "Mã số thuế gồm 10 chữ số",
    pending: "Chờ xác minh",
    login: "Đăng nhập",
    coffee: "Cà phê, ca cao",
    quantity: "Số lượng cần (sản phẩm)",
  },
  en: {
    taxError: "A tax code is 10 digits",
    pending: "Awaiting verification",
    login: "Log in",
    coffee: "Coffee and cocoa",
    quantity: "Quantity wanted (items)",
  },
} as const
type Locale = keyof typeof TEXT

function officialCredentials() {
  if (!process.env.ADMIN_EMAIL || !process.env.ADMIN_PASSWORD) {
    throw new Error("set ADMIN_EMAIL and ADMIN_PASSWORD of the running installation (the lifecycle test does)")
  }
  return { email: process.env.ADMIN_EMAIL, password: process.env.ADMIN_PASSWORD }
}

async function adminApi(request: APIRequestContext) {
  const auth = await request.post(`${adminUrl}/auth/user/emailpass`, { data: officialCredentials() })
  const headers = { authorization: `Bearer ${(await auth.json()).token}` }
  return {
    get: async (path: string) => (await request.get(`${adminUrl}${path}`, { headers })).json(),
    post: async (path: string, data: unknown) => {
      const res = await request.post(`${adminUrl}${path}`, { headers, data })
      expect(res.status(), `${path}: ${await res.text()}`).toBeLessThan(300)
      return res.json()
    },
  }
}

/**
 * A shop account made through the API, named as coming from an address of its own: the shop limits
 * registrations per address, and the browser tests' own sign-ups all come from this machine.
 */
async function account(request: APIRequestContext, email: string, n: number): Promise<string> {
  const admin = await adminApi(request)
  const key = (await admin.get("/admin/api-keys?type=publishable")).api_keys[0].token as string
  const headers = { "x-forwarded-for": `198.51.100.${((run + n) % 250) + 1}`, "x-publishable-api-key": key }
  const reg = await request.post(`${adminUrl}/auth/customer/emailpass/register`, {
    data: { email, password: PASSWORD },
    headers,
  })
  expect(reg.status(), await reg.text()).toBe(200)
  const created = await request.post(`${adminUrl}/store/customers`, {
    data: { email, first_name: "Doanh nghiệp thử" },
    headers: { ...headers, authorization: `Bearer ${(await reg.json()).token}` },
  })
  expect(created.status(), await created.text()).toBe(200)
  return key
}

/** Signs in on the account page the visitor was sent to. */
async function signIn(page: Page, email: string, locale: Locale) {
  const form = page.getByTestId("login-form")
  await form.locator("#login-email").fill(email)
  await form.locator("#login-password").fill(PASSWORD)
  await form.getByRole("button", { name: TEXT[locale].login, exact: true }).click()
}

/** Asserted on every page the tests visit. */
async function fitsAndHidesIds(page: Page) {
  await expectNoSidewaysScroll(page)
  // What a person sees: the page's text and what its fields hold (hidden fields may carry ids).
  const shown = await page.evaluate(() =>
    [
      document.body.innerText,
      ...[...document.querySelectorAll("input:not([type=hidden]), textarea")].map((e) => (e as HTMLInputElement).value),
    ].join("\n"),
  )
  expect([page.url(), shown.match(/\b(biz|tnd|tof|tev|tmt|tag|order)_[0-9A-Za-z]+/)?.[0] ?? null]).toEqual([
    page.url(),
    null,
  ])
}

const PORTAL = [
  "/account/business",
  "/account/business/needs",
  "/account/business/matches",
  "/account/business/meetings",
  "/account/business/meetings/new",
  "/account/business/agreements",
  "/account/business/agreements/new",
]

for (const locale of ["vi", "en"] as const) {
  test(`finding 8: a business registering in ${locale} reads refusals in words, chooses by name, and waits for verification with the forms closed`, async ({
    page,
  }) => {
    test.setTimeout(120_000)
    const t = TEXT[locale]
    const email = `dn8-${locale}-${run}@example.com`
    await account(page.request, email, locale === "vi" ? 1 : 2)

    // Signed out, the portal sends the visitor to sign in, and back again afterwards.
    await page.goto(`/${locale}/account/business`)
    await expect(page).toHaveURL(`/${locale}/account?next=%2F${locale}%2Faccount%2Fbusiness`)
    await expect(page.getByTestId("sign-in-to-continue")).toBeVisible()
    await fitsAndHidesIds(page)
    await signIn(page, email, locale)
    await expect(page).toHaveURL(`/${locale}/account/business`)

    // A bad tax code is named under its field, in the page's language; the commune is chosen by name.
    const form = page.getByTestId("business-register-form")
    await form.getByTestId("business-consent_rules").check()
    await form.locator("#biz-name").fill(`Công ty thử ${run}`)
    await form.locator("#biz-tax").fill("12345")
    const communes = form.locator("#biz-commune option")
    expect(await communes.count()).toBeGreaterThan(10)
    await expect(communes.filter({ hasText: /^\s*\d+\s*$/ })).toHaveCount(0)
    await form.locator("#biz-commune").selectOption({ label: "Phường Đông Hà" })
    await form.locator("button[type=submit]").click()
    await expect(form.locator("#biz-tax-error")).toContainText(t.taxError)
    await expect(form.locator("#biz-tax")).toHaveAttribute("aria-invalid", "true")
    await expect(page.getByTestId("form-error")).toBeVisible()
    await expect(page.locator("body")).not.toContainText("Invalid request")
    await expect(page.locator("body")).not.toContainText("tax_code")
    await expect(form.locator("#biz-commune")).toHaveValue("19333")
    await fitsAndHidesIds(page)

    await form.locator("#biz-tax").fill(taxCode(locale === "vi" ? 1 : 2))
    await form.locator("button[type=submit]").click()
    await expect(page.getByTestId("business-status")).toContainText(t.pending)

    // Awaiting verification: every page fits, shows no internal id, and the forms are closed with the reason.
    for (const path of PORTAL) {
      await page.goto(`/${locale}${path}`)
      await expect(page).toHaveURL(`/${locale}${path}`)
      await fitsAndHidesIds(page)
    }
    await page.goto(`/${locale}/account/business/needs`)
    const need = page.getByTestId("need-form")
    await expect(need.getByTestId("form-locked")).toBeVisible()
    await expect(need.locator("fieldset").first()).toHaveAttribute("disabled", "")
    await expect(need.locator("button[type=submit]")).toBeDisabled()
    // Product groups by name in the page's language; the code is only the value sent.
    const groups = need.locator("#need-group option")
    await expect(groups.filter({ hasText: t.coffee })).toHaveAttribute("value", "I.6")
    await expect(groups.filter({ hasText: /^\s*[IVX]+(\.\d+)?(\.[a-z])?\s*$/ })).toHaveCount(0)
    await expect(need.getByLabel(t.quantity)).toBeVisible()

    await page.goto(`/${locale}/account/business/meetings/new`)
    const picker = page.getByTestId("meeting-picker")
    await expect(picker.getByTestId("form-locked")).toBeVisible()
    await expect(picker.locator("fieldset").first()).toHaveAttribute("disabled", "")
    await expect(picker.locator("#meeting-event option").filter({ hasText: PAST_FAIR[locale] })).toHaveCount(0)

    await page.goto(`/${locale}/account/business/agreements/new`)
    const agreement = page.getByTestId("agreement-form")
    await expect(agreement.getByTestId("form-locked")).toBeVisible()
    await expect(agreement.locator("fieldset").first()).toHaveAttribute("disabled", "")
  })
}

test("finding 8: a verified business counts needs in items, is offered no fair that is over, and signs in back to its page", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000)
  const email = `dn8-verified-${run}@example.com`
  const key = await account(page.request, email, 3)
  // The profile through the API, verified by an official.
  const login = await page.request.post(`${adminUrl}/auth/customer/emailpass`, {
    data: { email, password: PASSWORD },
    headers: { "x-forwarded-for": `198.51.100.${((run + 3) % 250) + 1}` },
  })
  const token = (await login.json()).token as string
  const profile = await page.request.post(`${adminUrl}/store/trade/me`, {
    data: {
      company_name: `Nhà hàng thử ${run}`,
      tax_code: taxCode(3),
      type: "hotel_restaurant",
      accept_operating_rules: true,
    },
    headers: { authorization: `Bearer ${token}`, "x-publishable-api-key": key },
  })
  expect(profile.status(), await profile.text()).toBeLessThan(300)
  const admin = await adminApi(page.request)
  await admin.post(`/admin/trade/businesses/${(await profile.json()).business.id}/review`, { status: "verified" })

  // Signed out, a portal page sends the visitor to sign in and back to that very page.
  await page.goto("/vi/account/business/needs")
  await expect(page).toHaveURL("/vi/account?next=%2Fvi%2Faccount%2Fbusiness%2Fneeds")
  await signIn(page, email, "vi")
  await expect(page).toHaveURL("/vi/account/business/needs")

  // The need form is open; the group is chosen by name and the quantity is in items.
  const need = page.getByTestId("need-form")
  await expect(need.getByTestId("form-locked")).toHaveCount(0)
  await need.locator("#need-title").fill("Cà phê cho nhà hàng")
  await need.locator("#need-group").selectOption({ label: TEXT.vi.coffee })
  await need.getByLabel(TEXT.vi.quantity).fill("200")
  await need.locator("#need-deadline").fill(new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10))
  await need.locator("button[type=submit]").click()
  const posted = page.getByTestId("need").filter({ hasText: "Cà phê cho nhà hàng" })
  await expect(posted).toContainText("200 sản phẩm")
  await expect(posted).toContainText(`Nhóm sản phẩm: ${TEXT.vi.coffee}`)
  await fitsAndHidesIds(page)
  await page.goto("/en/account/business/needs")
  await expect(page.getByTestId("need").filter({ hasText: "Cà phê cho nhà hàng" })).toContainText("200 items")
  await expect(page.getByTestId("need-form").getByLabel(TEXT.en.quantity)).toBeVisible()
  await fitsAndHidesIds(page)

  // Another business, named from a match or a fair's page: chosen by name, its id out of sight.
  const { businesses } = await admin.get("/admin/trade/businesses?status=verified")
  const mine = (await profile.json()).business.id as string
  const partner = businesses.find((b: { id: string }) => b.id !== mine) as { id: string; company_name: string }
  for (const path of [
    `/vi/account/business/meetings/new?counterpart=${partner.id}&name=${encodeURIComponent(partner.company_name)}`,
    `/vi/account/business/agreements/new?counterpart=${partner.id}`,
  ]) {
    await page.goto(path)
    await fitsAndHidesIds(page)
  }
  await expect(page.locator("#agreement-counterpart")).toHaveValue(partner.id)

  // Meetings: a fair that is over is neither offered nor bookable from its page.
  const { events } = await (
    await page.request.get(`${adminUrl}/store/trade/events`, { headers: { "x-publishable-api-key": key } })
  ).json()
  const past = events.find((e: { handle: string }) => e.handle === PAST_FAIR.handle)
  for (const locale of ["vi", "en"] as const) {
    await page.goto(`/${locale}/account/business/meetings/new?event=${past.id}`)
    await expect(page.getByTestId("fair-over")).toBeVisible()
    const options = page.getByTestId("meeting-picker").locator("#meeting-event option")
    expect(await options.count()).toBeGreaterThan(0)
    await expect(options.filter({ hasText: PAST_FAIR[locale] })).toHaveCount(0)
    await expect(page.getByTestId("meeting-picker").getByTestId("form-locked")).toHaveCount(0)
    await fitsAndHidesIds(page)
    await page.goto(`/${locale}/fairs/${PAST_FAIR.handle}`)
    await expect(page.getByTestId("trade-event-page")).toBeVisible()
    await expect(page.getByTestId("exhibitor-meeting")).toHaveCount(0)
    await fitsAndHidesIds(page)
  }

  // Another site given as the way back is ignored: signing in lands on the account page.
  const other = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage()
  await other.goto("/en/account?next=%2F%2Fevil.example%2F")
  await expect(other.getByTestId("sign-in-to-continue")).toHaveCount(0)
  await signIn(other, email, "en")
  await expect(other).toHaveURL("/en/account")
  await expect(other.getByTestId("account")).toBeVisible()
})
