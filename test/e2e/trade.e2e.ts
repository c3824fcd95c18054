import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test"

// Trade promotion from the fair to delivered value: a buyer registers as a business, posts a need
// and sees a producer's offer matched; it asks for a meeting at the upcoming conference, the
// producer accepts; they sign an MoU, turn it into a contract, a delivery is recorded, and the
// officials' KPI dashboard counts the signed and realised value.
const adminUrl = process.env.ADMIN_URL ?? "http://localhost:9000"
const run = Date.now() % 1_000_000_000
const taxCode = (n: number) => String(1_000_000_000 + ((run * 10 + n) % 8_999_999_999)).slice(0, 10)
// Demo coffee producers without a demo account, and a 4★ coffee of each (product set I.6). A run
// ties one of them to a new account, so a second run on the same database takes the next.
const PRODUCERS = [
  { key: "pun-coffee", product: "ca-phe-bot-nang" },
  { key: "ta-lu", product: "ca-phe-bot-ta-lu" },
]
const QUANTITY = 100
const UNIT_PRICE = 150_000
const DELIVERED = 6_000_000

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

/** A new shop account in its own browser context, signed in, with a business profile sent. */
async function businessAccount(browser: Browser, name: string, tax: string, type: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage()
  await page.goto("/vi/account")
  const register = page.getByTestId("register-form")
  await register.getByLabel("Họ và tên").fill(name)
  await register.getByLabel("Email").fill(`dn-${tax}@example.com`)
  await register.getByLabel("Số điện thoại").fill("0987 654 321")
  await register.getByLabel(/Mật khẩu/).fill("mat-khau-mau-1")
  await register.getByTestId("register-consent_processing").check()
  await register.getByRole("button", { name: "Tạo tài khoản" }).click()
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Xin chào, ${name}`)
  await page.getByTestId("business-link").click()
  const form = page.getByTestId("business-register-form")
  await form.getByLabel("Tên doanh nghiệp").fill(name)
  await form.getByLabel("Mã số thuế").fill(tax)
  await form.getByLabel("Loại hình").selectOption(type)
  await form.getByTestId("business-consent_rules").check()
  await form.getByRole("button", { name: "Gửi đăng ký" }).click()
  await expect(page.getByTestId("business-status")).toContainText("Chờ xác minh")
  return page
}

test("a business meets a producer through a match, signs an MoU and a contract; the dashboard counts it", async ({
  browser,
  page,
}) => {
  test.setTimeout(240_000)
  const admin = await adminApi(page.request)
  const kpi = async () => {
    const { figures } = await admin.get("/admin/trade/kpis")
    return Object.fromEntries(figures.map((f: { indicator: string; actual: number }) => [f.indicator, f.actual]))
  }
  const before = await kpi()

  // The producer's account is tied to an OCOP subject with no account yet, through the API.
  const producer = await businessAccount(browser, `Cơ sở cà phê thử ${run}`, taxCode(1), "producer")
  const { certificates } = await admin.get("/admin/ocop/certificates?limit=200")
  const subjectByKey = new Map(
    certificates.map((c: { subject: { id: string; key: string } }) => [c.subject.key, c.subject.id]),
  )
  const taken = new Set(
    (await admin.get("/admin/trade/businesses?status=verified")).businesses.map(
      (b: { subject_id: string | null }) => b.subject_id,
    ),
  )
  const free = PRODUCERS.find((p) => subjectByKey.has(p.key) && !taken.has(subjectByKey.get(p.key)))
  expect(free, "a demo coffee producer without an account (run on a fresh database)").toBeDefined()
  const { products } = await (
    await page.request.get(`${adminUrl}/store/products?handle=${free!.product}&fields=id,title`, {
      headers: { "x-publishable-api-key": await publishableKey(page) },
    })
  ).json()
  const coffee = products[0] as { id: string; title: string }
  const pending = (await admin.get("/admin/trade/businesses?status=pending")).businesses
  const producerProfile = pending.find((b: { tax_code: string }) => b.tax_code === taxCode(1))
  await admin.post(`/admin/trade/businesses/${producerProfile.id}/review`, {
    status: "verified",
    subject_id: subjectByKey.get(free!.key),
  })
  // The producer offers its coffee.
  await producer.goto("/vi/account/business/offers")
  const offer = producer.getByTestId("offer-form")
  await offer.getByLabel("Sản phẩm", { exact: true }).selectOption(coffee.id)
  await offer.getByLabel("Sản lượng cung ứng mỗi tháng").fill("300")
  await offer.getByLabel("Giá thấp nhất mỗi sản phẩm (₫)").fill("140000")
  await offer.getByLabel("Giá cao nhất mỗi sản phẩm (₫)").fill("170000")
  await offer.getByRole("button", { name: "Đăng chào bán" }).click()
  await expect(producer.getByTestId("offer").filter({ hasText: coffee.title })).toHaveCount(1)

  // The buyer registers; an official verifies it in the admin.
  const buyerName = `Nhà hàng thử ${run}`
  const buyer = await businessAccount(browser, buyerName, taxCode(2), "hotel_restaurant")
  const official = await (await browser.newContext()).newPage()
  await official.goto(`${adminUrl}/app/login`)
  await official.getByPlaceholder("Email").fill(officialCredentials().email)
  await official.getByPlaceholder("Password").fill(officialCredentials().password)
  await official.getByRole("button", { name: "Continue with Email" }).click()
  await official.waitForURL((u) => !u.pathname.includes("login"))
  await official.goto(`${adminUrl}/app/trade/businesses`)
  const row = official.getByTestId("trade-business-row").filter({ hasText: taxCode(2) })
  await row.getByRole("button", { name: "Xét duyệt" }).click()
  await official.getByTestId("verify-business").click()
  await expect(row).toContainText("Đã xác minh")

  // The buyer posts a need and sees the coffee matched, with its reasons.
  await buyer.goto("/vi/account/business/needs")
  const need = buyer.getByTestId("need-form")
  await need.getByLabel("Tên nhu cầu").fill("Cà phê rang xay cho nhà hàng")
  await need.getByLabel("Nhóm sản phẩm OCOP").selectOption({ label: "Cà phê, ca cao" })
  await need.getByLabel("Từ khóa").fill("cà phê")
  await need.getByLabel("Số lượng cần").fill("200")
  await need.getByLabel("Hạn cần hàng").fill(inDays(60))
  await need.getByRole("button", { name: "Đăng nhu cầu" }).click()
  await expect(buyer.getByTestId("need").filter({ hasText: "Cà phê rang xay cho nhà hàng" })).toHaveCount(1)
  await buyer.goto("/vi/account/business/matches")
  const match = buyer.getByTestId("match").filter({ hasText: coffee.title })
  await expect(match).toContainText("cùng bộ sản phẩm OCOP")

  // It asks for a meeting at the upcoming conference, in the first free slot.
  await match.getByTestId("request-meeting").click()
  // The conference is the one upcoming event taking meetings, so its free slots show at once.
  const slot = buyer.getByTestId("meeting-slot")
  await slot.selectOption({ index: 1 })
  await buyer.getByTestId("meeting-form").getByRole("button", { name: "Gửi đề nghị gặp" }).click()
  // The request is a server action that ends on the agenda; leaving the page earlier would drop it.
  await buyer.waitForURL(/\/vi\/account\/business\/meetings\?requested=1/)
  await expect(buyer.getByTestId("meeting")).toContainText("Chờ trả lời")

  // The producer accepts: the meeting gets a table.
  await producer.goto("/vi/account/business/meetings")
  await producer.getByTestId("accept-meeting").click()
  await expect(producer.getByTestId("meeting")).toContainText("Đã nhận lời")
  await expect(producer.getByTestId("meeting")).toContainText(/Bàn \d/)

  // From the meeting, the buyer drafts an MoU for the coffee; both sign.
  await buyer.reload()
  await buyer.getByTestId("meeting-agreement").click()
  const draft = buyer.getByTestId("agreement-form")
  await draft.getByLabel("Loại thỏa thuận").selectOption("mou")
  await draft.getByLabel("Dòng 1").selectOption(coffee.id)
  await draft.getByTestId("agreement-line").first().getByLabel("Số lượng").fill(String(QUANTITY))
  await draft.getByTestId("agreement-line").first().getByLabel("Đơn giá (₫)").fill(String(UNIT_PRICE))
  await draft.getByRole("button", { name: "Tạo bản nháp" }).click()
  await expect(buyer.getByTestId("agreement-status")).toContainText("Bản nháp")
  const agreementUrl = buyer.url()
  await buyer.getByTestId("sign-agreement").click()
  await expect(buyer.getByText("Bạn đã ký, đang chờ bên kia ký.")).toBeVisible()
  await producer.goto(agreementUrl)
  await producer.getByTestId("sign-agreement").click()
  await expect(producer.getByTestId("agreement-status")).toContainText("Đã ký biên bản ghi nhớ")

  // The MoU becomes a contract (both sign again); the producer records a first delivery, which
  // counts once the buyer confirms it.
  await producer.getByTestId("upgrade-agreement").click()
  // The buyer reloads only once the producer's signature on the contract is recorded.
  await expect(producer.getByText("Bạn đã ký, đang chờ bên kia ký.")).toBeVisible()
  await buyer.reload()
  await buyer.getByTestId("sign-agreement").click()
  await expect(buyer.getByTestId("agreement-status")).toContainText("Hợp đồng đã ký")
  await producer.reload()
  const delivery = producer.getByTestId("delivery-form")
  await delivery.getByLabel("Số lượng").fill("40")
  await delivery.getByLabel("Giá trị (₫)").fill(String(DELIVERED))
  await delivery.getByRole("button", { name: "Ghi nhận" }).click()
  await expect(producer.getByTestId("delivery-status")).toContainText("Chờ xác nhận")
  await expect(producer.getByTestId("agreement-status")).toContainText("Hợp đồng đã ký")
  await buyer.reload()
  await buyer.getByTestId("confirm-delivery").click()
  await expect(buyer.getByTestId("delivery-status")).toContainText("Đã xác nhận")
  await expect(buyer.getByTestId("agreement-status")).toContainText("Đang giao hàng")

  // The officials' dashboard counts the contract's value and the delivery, this year.
  await official.goto(`${adminUrl}/app/trade`)
  const signed = official.getByTestId("kpi-SIGNED_VALUE_VND")
  await expect(signed).toHaveAttribute("data-actual", String(before.SIGNED_VALUE_VND + QUANTITY * UNIT_PRICE))
  await expect(official.getByTestId("kpi-REALISED_VALUE_VND")).toHaveAttribute(
    "data-actual",
    String(before.REALISED_VALUE_VND + DELIVERED),
  )
})

test("the sales points page lists every point and its products even when map tiles cannot load", async ({ page }) => {
  // No tile server is reachable from the test machines; block it anyway so the test says so.
  await page.route(/tile\.openstreetmap\.org/, (route) => route.abort())
  await page.goto("/vi/sales-points")
  await expect(page.getByTestId("sales-point")).toHaveCount(4)
  await expect(page.getByTestId("sales-points-map")).toBeVisible()
  await page.getByLabel("Loại điểm bán").selectOption("tourist_site")
  await page.getByRole("button", { name: "Lọc" }).click()
  await expect(page.getByTestId("sales-point")).toHaveCount(1)
  await expect(page.getByTestId("sales-point")).toContainText("Cửa Tùng")
  await expect(page.getByTestId("sales-point")).toContainText("Nước mắm")
})

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)

/** The storefront's publishable key, as its pages send it (read from the backend's store API key). */
async function publishableKey(page: Page): Promise<string> {
  const admin = await adminApi(page.request)
  const { api_keys } = await admin.get("/admin/api-keys?type=publishable")
  return api_keys[0].token
}
