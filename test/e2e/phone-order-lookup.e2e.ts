import { expect, test } from "@playwright/test"
import { guestOrder } from "./support/orders"
import { expectNoSidewaysScroll } from "./support/phone"
import { adminUrl, officialApi } from "./support/producer"

// "Find my order" on a phone with JavaScript off, in both languages: a guest who lost the confirmation
// link types the order number and the phone or e-mail it ordered with, and lands on its order page
// through a fresh signed link (decision 039).
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, javaScriptEnabled: false })

const run = Date.now() % 1_000_000_000

test("a guest finds its order by number with its phone (vi) or e-mail (en) and reaches the order page", async ({
  page,
  request,
}) => {
  const admin = await officialApi(request)
  const headers = { "x-forwarded-for": `198.51.100.${(run % 250) + 1}`, "x-publishable-api-key": admin.key }
  const products = await request.get(`${adminUrl}/store/products?handle=nuoc-mam-tung-van&fields=variants.id`, {
    headers,
  })
  const variant = (await products.json()).products[0].variants[0].id as string
  const email = `tra-cuu-${run}@example.com`
  const { order } = await guestOrder(request, headers, [variant], email)

  const visits = [
    {
      locale: "vi",
      contact: "0912 345 678",
      title: "Tra cứu đơn hàng",
      number: "Mã đơn hàng",
      by: "Số điện thoại hoặc e-mail",
      submit: "Xem đơn hàng",
    },
    {
      locale: "en",
      contact: email.toUpperCase(),
      title: "Find my order",
      number: "Order number",
      by: "Phone or e-mail",
      submit: "Show the order",
    },
  ] as const
  for (const { locale, contact, title, number, by, submit } of visits) {
    // In English, from the link the order's e-mails carry, which fills the number in.
    await page.goto(locale === "en" ? `/en/order/lookup?number=${order.display_id}` : `/${locale}/order/lookup`)
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title)
    await expectNoSidewaysScroll(page)
    if (locale === "en") await expect(page.getByLabel(number)).toHaveValue(String(order.display_id))
    else await page.getByLabel(number).fill(`#${order.display_id}`)
    await page.getByLabel(by).fill(contact)
    await page.getByRole("button", { name: submit }).click()
    await expect(page).toHaveURL(new RegExp(`/${locale}/order/${order.id}/confirmed\\?access=\\d+\\.[\\w-]{43}$`))
    await expect(page.getByTestId("order-number")).toContainText(`#${order.display_id}`)
    await expect(page.getByTestId("order-items")).toContainText("Nước mắm Tùng Vân")
    await expectNoSidewaysScroll(page)
  }
})
