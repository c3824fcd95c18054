import { expect, test } from "@playwright/test"

const adminUrl = process.env.ADMIN_URL ?? "http://localhost:9000"

test.use({ viewport: { width: 390, height: 844 } })

/** The reset e-mail as the notification module recorded it (the local provider logs instead of sending). */
async function resetLink(request: import("@playwright/test").APIRequestContext, email: string) {
  const signIn = await request.post(`${adminUrl}/auth/user/emailpass`, {
    data: { email: process.env.ADMIN_EMAIL, password: process.env.ADMIN_PASSWORD },
  })
  const { token } = (await signIn.json()) as { token: string }
  let url: string | undefined
  await expect
    .poll(async () => {
      const res = await request.get(`${adminUrl}/admin/notifications`, {
        params: { to: email, limit: 5 },
        headers: { authorization: `Bearer ${token}` },
      })
      const { notifications } = (await res.json()) as {
        notifications: { template: string; data: { reset_url?: string } }[]
      }
      url = notifications.find((n) => n.template === "password-reset")?.data.reset_url
      return Boolean(url)
    })
    .toBe(true)
  return new URL(url!)
}

test("a shopper who forgot the password gets a link by e-mail, sets a new one and signs in with it", async ({
  page,
  request,
}) => {
  if (!process.env.ADMIN_EMAIL) throw new Error("set ADMIN_EMAIL and ADMIN_PASSWORD (the lifecycle test does)")
  const email = `quen-${Date.now()}@example.com`
  await page.goto("/en/account")
  const register = page.getByTestId("register-form")
  await register.getByLabel("Full name").fill("Demo Shopper")
  await register.getByLabel("Email").fill(email)
  // A short password is refused in the page's language, not by a browser pop-up.
  await register.getByLabel(/Password/).fill("short")
  await register.getByRole("button", { name: "Create an account" }).click()
  await expect(register.getByRole("alert")).toHaveText("The password needs at least 8 characters.")
  await register.getByLabel(/Password/).fill("old-password-1")
  await register.getByTestId("register-consent_processing").check()
  await register.getByRole("button", { name: "Create an account" }).click()
  await page.getByRole("button", { name: "Log out" }).click()

  await page.getByTestId("forgot-password").click()
  const forgot = page.getByTestId("forgot-form")
  await forgot.getByLabel("Email").fill(email)
  await forgot.getByRole("button", { name: "Send the link" }).click()
  await expect(page.getByTestId("reset-sent")).toBeVisible()

  const link = await resetLink(request, email)
  expect(link.pathname).toBe("/en/account/reset-password")
  await page.goto(`${link.pathname}${link.search}`)
  await page.getByLabel("New password (at least 8 characters)").fill("new-password-1")
  await page.getByLabel("New password again").fill("new-password-1")
  await page.getByRole("button", { name: "Save the new password" }).click()
  await expect(page.getByTestId("reset-done")).toBeVisible()

  const login = page.getByTestId("login-form")
  await login.getByLabel("Email").fill(email)
  await login.getByLabel("Password", { exact: true }).fill("new-password-1")
  await login.getByRole("button", { name: "Log in" }).click()
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hello, Demo Shopper")

  // The link works once.
  await page.goto(`${link.pathname}${link.search}`)
  await page.getByLabel("New password (at least 8 characters)").fill("third-password-1")
  await page.getByLabel("New password again").fill("third-password-1")
  await page.getByRole("button", { name: "Save the new password" }).click()
  await expect(page.getByTestId("reset-form").getByRole("alert")).toContainText(
    "The link has expired or was used already.",
  )
})
