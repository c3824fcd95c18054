import fs from "node:fs"
import { expect, test } from "@playwright/test"
import { expectAccessible } from "./support/accessibility"
import { expectNoSidewaysScroll } from "./support/phone"

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

const TEXT = {
  vi: {
    name: "Họ và tên",
    password: /Mật khẩu/,
    register: "Tạo tài khoản",
    save: "Lưu",
    saved: "Đã lưu thông tin.",
    download: "Tải tệp dữ liệu",
    erase: "Xóa tài khoản của tôi",
    confirm: "Tôi hiểu rằng tài khoản sẽ bị xóa vĩnh viễn.",
    confirmFirst: "Vui lòng đánh dấu ô xác nhận để xóa tài khoản.",
    wrongPassword: "Mật khẩu không đúng. Tài khoản chưa bị xóa.",
    erased: "Tài khoản của bạn đã được xóa.",
    login: "Đăng nhập",
    wrongLogin: "Email hoặc mật khẩu không đúng.",
  },
  en: {
    name: "Full name",
    password: /Password/,
    register: "Create an account",
    save: "Save",
    saved: "Your details were saved.",
    download: "Download the data file",
    erase: "Delete my account",
    confirm: "I understand that the account will be deleted for good.",
    confirmFirst: "Please tick the box to confirm deleting the account.",
    wrongPassword: "That password is not right. The account was not deleted.",
    erased: "Your account has been deleted.",
    login: "Log in",
    wrongLogin: "Wrong e-mail or password.",
  },
} as const

for (const locale of ["vi", "en"] as const) {
  const t = TEXT[locale]
  test(`a shopper corrects its name, downloads its data and deletes its account on a phone (${locale})`, async ({
    page,
  }) => {
    const email = `du-lieu-${locale}-${Date.now()}@example.com`
    const password = "mat-khau-mau-1"
    await page.goto(`/${locale}/account`)
    const register = page.getByTestId("register-form")
    await register.getByLabel(t.name).fill("Tên Gõ Nhầm")
    await register.getByLabel("Email").fill(email)
    await register.getByLabel(t.password).fill(password)
    await register.getByTestId("register-consent_processing").check()
    await register.getByRole("button", { name: t.register }).click()

    await page.getByTestId("privacy-link").click()
    await expect(page.getByTestId("personal-data")).toBeVisible()
    await expectNoSidewaysScroll(page)
    await expectAccessible(page)

    const profile = page.getByTestId("profile-form")
    await profile.getByLabel(t.name).fill("Tên Đã Sửa")
    await profile.getByRole("button", { name: t.save }).click()
    await expect(page.getByTestId("profile-saved")).toHaveText(t.saved)

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-data").click()])
    expect(download.suggestedFilename()).toMatch(/^ocop-personal-data-\d{4}-\d\d-\d\d\.json$/)
    const file = JSON.parse(fs.readFileSync((await download.path())!, "utf8"))
    expect(file.records[0].profile).toMatchObject({ email, first_name: "Tên Đã Sửa" })
    // The consent given at sign-up, with the policy version it names.
    expect(file.records[0].consents).toContainEqual(
      expect.objectContaining({ purpose: "processing", policy_kind: "privacy", channel: "signup" }),
    )

    const erase = page.getByTestId("erase-form")
    await erase.getByLabel(t.password).fill(password)
    await erase.getByRole("button", { name: t.erase }).click()
    await expect(erase.getByRole("alert")).toHaveText(t.confirmFirst)
    await erase.getByLabel(t.password).fill("not-the-password")
    await erase.getByLabel(t.confirm).check()
    await erase.getByRole("button", { name: t.erase }).click()
    await expect(erase.getByRole("alert")).toHaveText(t.wrongPassword)
    await erase.getByLabel(t.password).fill(password)
    await erase.getByLabel(t.confirm).check()
    await erase.getByRole("button", { name: t.erase }).click()
    await expect(page.getByTestId("account-erased")).toContainText(t.erased)
    await expectNoSidewaysScroll(page)

    // The address and password no longer open anything.
    const login = page.getByTestId("login-form")
    await login.getByLabel("Email").fill(email)
    await login.getByLabel(t.password).fill(password)
    await login.getByRole("button", { name: t.login }).click()
    await expect(login.getByRole("alert")).toHaveText(t.wrongLogin)
  })
}
