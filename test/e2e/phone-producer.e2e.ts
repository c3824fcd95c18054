import { expect, test, type APIRequestContext, type Page } from "@playwright/test"
import { expectNoSidewaysScroll } from "./support/phone"
import { adminUrl, officialApi, PASSWORD } from "./support/producer"

// The producer workspace on a phone: a producer's owner (its account verified by an official)
// invites a staff member by e-mail in vi, the invitee opens the e-mail's link in en, signs in with
// the invited address and accepts, sees the workspace as staff; an official suspends the producer in
// the admin (its members see the reason) and restores it; the owner removes the staff member, who is
// refused at once. Plain forms: the invitee's phone has JavaScript off.
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

const run = Date.now() % 1_000_000_000

/** The Admin API as an official, and the publishable key the Store API needs. */
/**
 * A shop account made through the API, named as coming from an address of its own (the shop limits
 * registrations per address, and the browser tests all come from this machine); its bearer token.
 */
async function account(request: APIRequestContext, key: string, email: string, n: number) {
  const headers = { "x-forwarded-for": `203.0.113.${((run + n) % 250) + 1}`, "x-publishable-api-key": key }
  const reg = await request.post(`${adminUrl}/auth/customer/emailpass/register`, {
    data: { email, password: PASSWORD },
    headers,
  })
  expect(reg.status(), await reg.text()).toBe(200)
  const authorization = `Bearer ${(await reg.json()).token}`
  const created = await request.post(`${adminUrl}/store/customers`, {
    data: { email, first_name: "Người dùng thử" },
    headers: { ...headers, authorization },
  })
  expect(created.status(), await created.text()).toBe(200)
  // The registration's token names no customer yet: signed in again, the account's own.
  const login = await request.post(`${adminUrl}/auth/customer/emailpass`, {
    data: { email, password: PASSWORD },
    headers,
  })
  expect(login.status(), await login.text()).toBe(200)
  return { ...headers, authorization: `Bearer ${(await login.json()).token}` }
}

/** Signs in on the account page the visitor was sent to, and lands back where it was going. */
async function signIn(page: Page, email: string, button: string) {
  const form = page.getByTestId("login-form")
  await form.locator("#login-email").fill(email)
  await form.locator("#login-password").fill(PASSWORD)
  await form.getByRole("button", { name: button, exact: true }).click()
}

test("a producer's owner invites staff by e-mail, the invitee joins through the link, an official suspends and restores the producer in the admin, and the owner removes the staff member", async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(90_000)
  const admin = await officialApi(request)
  // A demo OCOP subject no verified account speaks for: its producer is opened by the official's review.
  const [{ subjects }, { businesses }] = await Promise.all([
    admin.call("get", "/admin/ocop/subjects?limit=500"),
    admin.call("get", "/admin/trade/businesses?status=verified"),
  ])
  const taken = new Set(businesses.map((b: { subject_id: string | null }) => b.subject_id))
  const subject = subjects.find((s: { id: string }) => !taken.has(s.id)) as { id: string; name: string }
  const ownerEmail = `chu-nsx-${run}@example.com`
  const staffEmail = `nhan-vien-${run}@example.com`
  const ownerHeaders = await account(request, admin.key, ownerEmail, 1)
  await account(request, admin.key, staffEmail, 2)
  const profile = await request.post(`${adminUrl}/store/trade/me`, {
    headers: ownerHeaders,
    data: {
      company_name: `Nhà sản xuất thử ${run}`,
      tax_code: String(8_000_000_000 + run),
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

  try {
    // The owner, in Vietnamese: sent to sign in, brought back to the workspace.
    await page.goto("/vi/account/producer")
    await expect(page).toHaveURL("/vi/account?next=%2Fvi%2Faccount%2Fproducer")
    await signIn(page, ownerEmail, "Đăng nhập")
    await expect(page.getByTestId("producer-name")).toHaveText(subject.name)
    await expect(page.getByTestId("producer-role")).toHaveText("Vai trò của bạn: Chủ tài khoản")
    await expectNoSidewaysScroll(page)
    const form = page.getByTestId("producer-invite-form")
    await form.getByLabel("Email của người được mời").fill(staffEmail)
    await form.getByLabel("Ngôn ngữ của email").selectOption("en")
    await form.getByRole("button", { name: "Gửi lời mời" }).click()
    await expect(page.getByTestId("producer-done")).toHaveText("Đã gửi lời mời.")
    await expect(page.getByTestId("producer-invite")).toContainText(staffEmail)
    await expectNoSidewaysScroll(page)

    // The e-mail, as the notification module recorded it, links to the English join page.
    let link = ""
    await expect
      .poll(async () => {
        const { notifications } = await admin.call("get", `/admin/notifications?to=${encodeURIComponent(staffEmail)}`)
        link = notifications.find((n: { template: string }) => n.template === "producer-invite")?.data.accept_url ?? ""
        return link
      })
      .toContain("/en/account/producer/join?token=")
    const { pathname, search } = new URL(link)

    // The invitee, in English, on a phone of its own with JavaScript off.
    const invitee = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      javaScriptEnabled: false,
    })
    const phone = await invitee.newPage()
    await phone.goto(`${pathname}${search}`)
    await expect(phone.getByTestId("sign-in-to-continue")).toBeVisible()
    await signIn(phone, staffEmail, "Log in")
    await expect(phone).toHaveURL(`${pathname}${search}`)
    // The link names the producer before anything is pressed.
    await expect(phone.getByTestId("producer-offer")).toHaveText(
      `${subject.name} invites you to act for it on the marketplace as staff.`,
    )
    await expectNoSidewaysScroll(phone)
    await phone.getByTestId("producer-consent_rules").check()
    await phone.getByTestId("producer-accept").click()
    await expect(phone.getByTestId("producer-done")).toHaveText("You have joined the producer.")
    await expect(phone.getByTestId("producer-role")).toHaveText("Your role: Staff")
    await expect(phone.getByTestId("producer-members")).toContainText(ownerEmail)
    // Staff see the workspace but have no invite form and no remove buttons.
    await expect(phone.getByTestId("producer-invite-form")).toHaveCount(0)
    await expect(phone.getByRole("button", { name: "Remove from the producer" })).toHaveCount(0)
    await expectNoSidewaysScroll(phone)
    // The link worked once.
    await phone.goto(`${pathname}${search}`)
    await expect(phone.getByTestId("producer-problem")).toHaveText("This invitation has been used already.")
    await expect(phone.getByTestId("producer-accept")).toHaveCount(0)

    // An official suspends the producer in the admin's "Nhà sản xuất" page, with a reason: its members
    // see the notice and the reason; restored, the workspace again.
    const desk = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const official = await desk.newPage()
    await official.goto(`${adminUrl}/app/login`)
    await official.getByPlaceholder("Email").fill(process.env.ADMIN_EMAIL!)
    await official.getByPlaceholder("Password").fill(process.env.ADMIN_PASSWORD!)
    await official.getByRole("button", { name: "Continue with Email" }).click()
    await official.waitForURL((u) => !u.pathname.includes("login"))
    await official.goto(`${adminUrl}/app/producers`)
    const row = official.getByTestId("producer-row").filter({ hasText: ownerEmail })
    await expect(row).toContainText(subject.name)
    await expect(row).toContainText("Đang hoạt động")
    await row.getByRole("button", { name: "Tạm ngừng" }).click()
    const suspend = official.getByRole("button", { name: "Tạm ngừng quyền truy cập" })
    await expect(suspend).toBeDisabled()
    const reason = "Hồ sơ đang được kiểm tra lại (kiểm thử)"
    await official.getByLabel("Lý do (bắt buộc)").fill(reason)
    await suspend.click()
    await expect(row).toContainText(reason)
    await phone.goto("/en/account/producer")
    await expect(phone.getByTestId("producer-suspended")).toContainText(`Reason: ${reason}`)
    await row.getByRole("button", { name: "Khôi phục" }).click()
    await official.getByRole("button", { name: "Khôi phục quyền truy cập" }).click()
    await expect(row).toContainText("Đang hoạt động")
    await desk.close()

    // The owner reaches the workspace from the account page, removes them; their very next visit finds none.
    await page.goto("/vi/account")
    await page.getByTestId("producer-link").click()
    await expect(page).toHaveURL("/vi/account/producer")
    const staff = page.getByTestId("producer-member").filter({ hasText: staffEmail })
    await staff.getByRole("button", { name: "Gỡ khỏi nhà sản xuất" }).click()
    await expect(page.getByTestId("producer-done")).toHaveText("Đã gỡ thành viên.")
    await expect(page.getByTestId("producer-member")).toHaveCount(1)
    await phone.goto("/en/account/producer")
    await expect(phone.getByTestId("producer-none")).toContainText("This account does not act for a producer.")
    await invitee.close()
  } finally {
    // The subject is free again for the next run against the same shop.
    await admin.call("post", `/admin/trade/businesses/${businessId}/release`, { reason: "Kiểm thử trình duyệt xong" })
  }
})
