import { expect, test, type APIRequestContext, type Page } from "@playwright/test"
import { expectAccessible } from "./support/accessibility"
import { adminHeaders, expectNoSidewaysScroll } from "./support/phone"

// The operator's details and policies as data officials edit, and consent recorded where the law
// asks for it, on a phone in both languages (docs/decisions/036-policies-and-consent.md).
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

const adminUrl = process.env.ADMIN_URL ?? "http://localhost:9000"
const run = Date.now() % 1_000_000_000

const KINDS = {
  vi: [
    "Quy chế hoạt động",
    "Điều khoản bán hàng",
    "Chính sách bảo vệ dữ liệu cá nhân",
    "Giao hàng và thanh toán",
    "Đổi trả và khiếu nại",
  ],
  en: ["Operating rules", "Terms of sale", "Privacy policy", "Delivery and payment", "Returns and complaints"],
} as const
const TEXT = {
  vi: { moit: "Đã thông báo với Bộ Công Thương", version: "Phiên bản", older: "phiên bản cũ" },
  en: { moit: "Notified to the Ministry of Industry and Trade", version: "Version", older: "earlier version" },
} as const

async function admin(request: APIRequestContext, path: string, data: unknown) {
  const res = await request.post(`${adminUrl}${path}`, { data, headers: await adminHeaders(request) })
  expect(res.status(), await res.text()).toBeLessThan(300)
  return res.json()
}

/** Publishes a version in force from a minute ago. */
const publish = (request: APIRequestContext, kind: string, version: string, vi: string, en: string) =>
  admin(request, "/admin/policies/versions", {
    kind,
    version,
    title_vi: KINDS.vi[["operating_rules", "terms", "privacy", "delivery_payment", "returns"].indexOf(kind)],
    title_en: KINDS.en[["operating_rules", "terms", "privacy", "delivery_payment", "returns"].indexOf(kind)],
    body_vi: vi,
    body_en: en,
    effective_at: new Date(Date.now() - 60_000).toISOString(),
  })

/** Opens `path` until the storefront shows what the backend's revalidation call made it drop. */
async function openWhenShown(page: Page, path: string, testId: string, text: string) {
  await expect(async () => {
    await page.goto(path)
    await expect(page.getByTestId(testId)).toContainText(text, { timeout: 1_000 })
  }).toPass({ timeout: 15_000 })
}

test("an official's edits reach the footer and every policy page, each with its version and date, in both languages", async ({
  page,
  request,
}) => {
  const name = `Trung tâm Xúc tiến OCOP thử ${run}`
  await admin(request, "/admin/policies/operator", {
    name,
    address: "Số 1 đường Thử, phường Đông Hà, tỉnh Quảng Trị",
    phone: "+84 233 000 000",
    email: "lienhe@example.vn",
    registration_number: "3200000000",
    moit_status: "notified",
    moit_number: `TB-${run}`,
    moit_url: "https://online.gov.vn/",
  })
  const label = `r${run}`
  await publish(
    request,
    "returns",
    label,
    `# Đổi trả thử ${run}\n- <b>trong 10 ngày</b>`,
    `# Returns test ${run}\n- <b>within 10 days</b>`,
  )

  for (const locale of ["vi", "en"] as const) {
    await openWhenShown(page, `/${locale}`, "operator", name)
    const footer = page.getByTestId("site-footer")
    await expect(footer.getByTestId("moit-status")).toContainText(`${TEXT[locale].moit} · `)
    await expect(footer.getByTestId("moit-status")).toContainText(`TB-${run}`)
    await expectNoSidewaysScroll(page)
    for (const kind of KINDS[locale]) {
      await page.getByTestId("site-footer").getByRole("link", { name: kind, exact: true }).click()
      // The title is the operator's (data); the link's name is the kind's.
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(new RegExp(kind, "i"))
      await expect(page.getByTestId("policy-version")).toContainText(TEXT[locale].version)
      await expect(page.getByTestId("site-footer").getByTestId("operator")).toContainText(name)
      await expectNoSidewaysScroll(page)
    }
    // The new returns version is the one in force; its markup is shown as text, never as HTML.
    await openWhenShown(page, `/${locale}/policies/returns`, "policy-version", label)
    const text = page.getByTestId("policy-text")
    await expect(text.getByRole("heading", { level: 2 })).toHaveText(
      locale === "vi" ? `Đổi trả thử ${run}` : `Returns test ${run}`,
    )
    await expect(text.getByRole("listitem")).toHaveText(
      locale === "vi" ? "<b>trong 10 ngày</b>" : "<b>within 10 days</b>",
    )
    await expect(text.locator("b")).toHaveCount(0)
    // The window return requests are checked against (the store's setting, 7 days in the demo) is stated.
    await expect(page.getByTestId("return-window")).toContainText(locale === "vi" ? "7 ngày" : "7 days")
    // The first version stays readable at its own address.
    await page.goto(`/${locale}/policies/returns/1.0`)
    await expect(page.getByTestId("policy-older")).toContainText(TEXT[locale].older)
    await expect(page.getByTestId("policy-version")).toContainText("1.0")
  }
})

const WORDS = {
  vi: {
    add: "Thêm vào giỏ",
    cart: "Giỏ hàng (1)",
    name: "Họ và tên",
    phone: "Số điện thoại",
    commune: "Xã, phường",
    street: "Số nhà, đường, thôn",
    cod: "Thanh toán khi nhận hàng (COD)",
    needed: "Cần đồng ý cho xử lý dữ liệu cá nhân để tiếp tục.",
    placed: "Đặt hàng thành công",
    password: "Mật khẩu",
    register: "Tạo tài khoản",
    logout: "Đăng xuất",
    login: "Đăng nhập",
    version: "phiên bản",
    withdrawn: "đã rút lại lúc",
  },
  en: {
    add: "Add to cart",
    cart: "Cart (1)",
    name: "Full name",
    phone: "Phone number",
    commune: "Commune or ward",
    street: "House number, street, village",
    cod: "Cash on delivery (COD)",
    needed: "Consent to the processing of personal data is needed to continue.",
    placed: "Order placed",
    password: "Password",
    register: "Create an account",
    logout: "Log out",
    login: "Log in",
    version: "version",
    withdrawn: "withdrawn on",
  },
} as const

for (const locale of ["vi", "en"] as const) {
  const w = WORDS[locale]

  test(`a guest cannot order without consent, which is then recorded for the order; marketing stays unticked (${locale})`, async ({
    page,
    request,
  }) => {
    // Guest checkout: both boxes start unticked, the order waits for the required one.
    await page.goto(`/${locale}/products/nuoc-mam-tung-van`)
    await page.getByTestId("add-to-cart").first().getByRole("button", { name: w.add }).click()
    await expect(page.getByTestId("cart-link")).toHaveText(w.cart)
    await page.goto(`/${locale}/checkout`)
    const guest = `khach-dong-y-${locale}-${run}@example.com`
    await page.getByLabel(w.name).fill("Khách Dữ Liệu Mẫu")
    await page.getByLabel(w.phone).fill("0912 345 678")
    await page.getByLabel("Email").fill(guest)
    await page.getByLabel(w.commune).fill("Phường Đông Hà")
    await page.getByLabel(w.street).fill("Số 5, đường Dữ Liệu Mẫu")
    await page.getByRole("radio", { name: w.cod }).check()
    await expect(page.getByTestId("checkout-consent_processing")).not.toBeChecked()
    await expect(page.getByTestId("checkout-consent_marketing")).not.toBeChecked()
    await expectNoSidewaysScroll(page)
    await page.getByTestId("place-order").click()
    await expect(page.getByText(w.needed)).toBeVisible()
    await expect(page).toHaveURL(new RegExp(`/${locale}/checkout$`))
    await page.getByTestId("checkout-consent_processing").check()
    await page.getByTestId("place-order").click()
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(w.placed, { timeout: 30_000 })
    const recorded = await request.get(`${adminUrl}/admin/policies/consents?email=${encodeURIComponent(guest)}`, {
      headers: await adminHeaders(request),
    })
    const { consents } = await recorded.json()
    // Processing names two texts (privacy and terms): one record each; marketing, unticked, none.
    expect(consents.map((c: { purpose: string; channel: string }) => `${c.purpose}/${c.channel}`)).toEqual([
      "processing/checkout",
      "processing/checkout",
    ])
  })

  test(`a new privacy version asks a customer again at sign-in, before any account page, and withdrawal is one click (${locale})`, async ({
    page,
    request,
  }) => {
    // Sign-up records consent to the versions in force; a new privacy version asks again.
    const email = `dong-y-${locale}-${run}@example.com`
    await page.goto(`/${locale}/account`)
    const register = page.getByTestId("register-form")
    await register.getByLabel(w.name).fill("Demo Consent")
    await register.getByLabel("Email").fill(email)
    await register.getByLabel(new RegExp(w.password)).fill("mat-khau-mau-9")
    await expect(register.getByTestId("register-consent_marketing")).not.toBeChecked()
    await register.getByTestId("register-consent_processing").check()
    await register.getByRole("button", { name: w.register }).click()
    await expect(page.getByTestId("consents").getByTestId("consent")).toHaveCount(2)
    await page.getByRole("button", { name: w.logout }).click()

    const version = `p${locale}${run}`
    await publish(request, "privacy", version, "# Bản mới\nNội dung thử.", "# New\nTest text.")
    const login = page.getByTestId("login-form")
    await login.getByLabel("Email").fill(email)
    await login.getByLabel(w.password).fill("mat-khau-mau-9")
    await login.getByRole("button", { name: w.login }).click()
    await expect(page).toHaveURL(new RegExp(`/${locale}/consent\\?next=`))
    await expect(page.getByTestId("reconsent")).toContainText(`${w.version} ${version}`)
    await expectNoSidewaysScroll(page)
    await expectAccessible(page)
    // Nothing of the account opens until it is answered.
    await page.goto(`/${locale}/account/business`)
    await expect(page).toHaveURL(new RegExp(`/${locale}/consent\\?next=`))
    await expect(page.getByTestId("reconsent-consent_processing")).not.toBeChecked()
    await page.getByTestId("reconsent-consent_processing").check()
    await page.getByTestId("reconsent-agree").click()
    await expect(page).toHaveURL(new RegExp(`/${locale}/account$`))
    const mine = page.getByTestId("consents").getByTestId("consent")
    await expect(mine).toHaveCount(4)
    await expect(mine.filter({ hasText: `${w.version} ${version}` })).toHaveCount(1)
    // Withdrawal is one click, recorded rather than deleted, for the purpose as a whole.
    await mine
      .filter({ hasText: `${w.version} ${version}` })
      .getByTestId("withdraw")
      .click()
    await expect(mine.filter({ hasText: `${w.version} ${version}` })).toContainText(w.withdrawn)
    await expect(mine).toHaveCount(4)
    await expect(page.getByTestId("withdraw")).toHaveCount(0)
  })
}
