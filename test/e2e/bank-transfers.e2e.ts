import { expect, test } from "@playwright/test"
import { signatureHeader } from "@ocop/core/signed-body"

const adminUrl = process.env.ADMIN_URL ?? "http://localhost:9000"

// A transfer the shop cannot match is recorded and waits for an official in the admin, where the
// official finds it to match or refund by hand (docs/payments.md, "The bank webhook").
test("finding 13: an official sees a transfer that matched no order in the admin's VietQR screen", async ({
  page,
  request,
}) => {
  const secret = process.env.VIETQR_WEBHOOK_SECRET
  if (!secret || !process.env.ADMIN_EMAIL) {
    throw new Error("set VIETQR_WEBHOOK_SECRET and ADMIN_EMAIL of the running installation (the lifecycle test does)")
  }
  const transaction = `E2E${Date.now()}`
  const body = JSON.stringify({
    transaction_id: transaction,
    account_number: "OCOPDEMO0001",
    amount: 123_000,
    description: `CK ${transaction} khong ghi ma don`,
    transaction_date: new Date().toISOString(),
  })
  const hook = await request.post(`${adminUrl}/hooks/vietqr`, {
    headers: {
      "content-type": "application/json",
      "x-vietqr-signature": signatureHeader(secret, body, Math.floor(Date.now() / 1000)),
    },
    data: body,
  })
  expect(hook.status()).toBe(200)
  expect(await hook.json()).toMatchObject({ status: "unmatched" })

  await page.goto(`${adminUrl}/app/login`)
  await page.getByPlaceholder("Email").fill(process.env.ADMIN_EMAIL!)
  await page.getByPlaceholder("Password").fill(process.env.ADMIN_PASSWORD!)
  await page.getByRole("button", { name: "Continue with Email" }).click()
  await page.waitForURL((u) => !u.pathname.includes("login"))

  await page.goto(`${adminUrl}/app/bank-transfers`)
  await expect(page.getByRole("heading", { name: "Chuyển khoản VietQR" })).toBeVisible()
  await page.getByLabel("Lọc theo trạng thái").click()
  await page.getByRole("option", { name: "Không khớp đơn" }).click()
  const row = page.getByTestId("bank-transfer-row").filter({ hasText: transaction })
  await expect(row).toContainText("123.000")
  await expect(row).toContainText("Không khớp đơn")
  await expect(row).toContainText("Đối chiếu nội dung chuyển khoản")
})
