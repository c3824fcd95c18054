import { expect, test, type APIRequestContext, type BrowserContext, type Page } from "@playwright/test"
import { TEST_ADDRESS } from "../support/store-client"
import { expectNoSidewaysScroll } from "./support/phone"
import { adminUrl, officialApi, producerOwner } from "./support/producer"

// Orders routed to producers, on a phone with JavaScript off: a guest orders one item of each of two
// producers; each producer opens its orders page, sees only its own line and ships it with a carrier
// and a tracking number (one in Vietnamese, one in English); the guest's confirmation page then shows
// two shipments on their way, each with its tracking number, in both languages.
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, javaScriptEnabled: false })

const run = Date.now() % 1_000_000_000
/** Demo subjects with listed products; each owner takes the first no verified account speaks for. */
const CANDIDATES = ["ta-lu", "ga-cua-tam-bac", "mien-tay-quang-binh", "vuong-doan"]

type Owner = Awaited<ReturnType<typeof producerOwner>>
type Row = { product: { title: string }; variant: { id: string; title: string }; inventory_item_id: string | null }
/** A line as both the producer's and the shopper's pages write it. */
const lineText = (row: Row) => `${row.product.title}${row.variant.title ? ` (${row.variant.title})` : ""} × 1`

/** The owner's first stocked variant, with one more at its warehouse so its part ships from there. */
async function sellableRow(request: APIRequestContext, owner: Owner) {
  const stock = await (await request.get(`${adminUrl}/store/producer/stock`, { headers: owner.owner })).json()
  const row = (stock.rows as (Row & { warehouse: { stocked: number } | null })[]).find((r) => r.inventory_item_id)!
  expect(row, `a stocked variant of ${owner.subject.name}`).toBeTruthy()
  const stocked = row.warehouse?.stocked ?? 0
  const set = await request.post(`${adminUrl}/store/producer/stock`, {
    headers: owner.owner,
    data: { variant_id: row.variant.id, stocked_quantity: stocked + 1 },
  })
  expect(set.status(), await set.text()).toBe(200)
  return { ...row, stocked }
}

/** A guest's cash-on-delivery order of one unit of each variant, and its confirmation link's token. */
async function guestOrder(request: APIRequestContext, headers: Record<string, string>, variants: string[]) {
  const call = async (path: string, data?: unknown) => {
    const res = await request.fetch(`${adminUrl}${path}`, { method: data ? "POST" : "GET", headers, data })
    expect(res.status(), `${path}: ${await res.text()}`).toBe(200)
    return res.json()
  }
  const { regions } = await call("/store/regions")
  const { cart } = await call("/store/carts", { region_id: regions[0].id, email: `khach-don-${run}@example.com` })
  for (const variant_id of variants) await call(`/store/carts/${cart.id}/line-items`, { variant_id, quantity: 1 })
  await call(`/store/carts/${cart.id}`, { shipping_address: TEST_ADDRESS })
  const { shipping_options } = await call(`/store/shipping-options?cart_id=${cart.id}`)
  const home = shipping_options.find((o: { name: string }) => /Giao hàng tận nơi/.test(o.name))
  await call(`/store/carts/${cart.id}/shipping-methods`, { option_id: home.id })
  const { payment_collection } = await call("/store/payment-collections", { cart_id: cart.id })
  await call(`/store/payment-collections/${payment_collection.id}/payment-sessions`, {
    provider_id: "pp_system_default",
  })
  const done = await call(`/store/carts/${cart.id}/complete`, {})
  expect(done.type).toBe("order")
  const { token } = await call("/store/ocop/order-access", { cart_id: cart.id })
  return { order: done.order as { id: string; display_id: number }, token: token as string }
}

/**
 * Signed in as the owner: the storefront's login cookie holds the token the API gave it (the sign-in
 * form has its own tests; here it would only cost browser time).
 */
async function signIn(context: BrowserContext, owner: Owner) {
  await context.clearCookies()
  const token = owner.owner.authorization.replace(/^Bearer /, "")
  await context.addCookies([{ name: "_ocop_jwt", value: token, url: process.env.BASE_URL ?? "http://localhost:8000" }])
}

/** On the orders page: only the owner's own line, then its part shipped with a carrier and number. */
async function shipOwnPart(
  page: Page,
  { locale, mine, theirs }: { locale: "vi" | "en"; mine: Row; theirs: Row },
  { carrier, tracking, words }: { carrier: string; tracking: string; words: Record<string, string> },
) {
  const card = page.getByTestId("producer-order")
  await expect(card).toHaveCount(1)
  await expect(card.getByTestId("producer-order-lines")).toHaveText(lineText(mine))
  await expect(page.getByTestId("producer-order-list")).not.toContainText(theirs.product.title)
  await expect(card.getByTestId("producer-order-status")).toHaveText(words.new)
  await expect(card.getByTestId("producer-order-subtotal")).toContainText("₫")
  await expectNoSidewaysScroll(page)
  await card.getByRole("link", { name: words.number }).click()
  await expect(page).toHaveURL(new RegExp(`/${locale}/account/producer/orders/pord_`))
  await expect(page.getByTestId("producer-order-destination")).toContainText(TEST_ADDRESS.address_1)
  const form = page.getByTestId("producer-order-ship")
  await form.getByLabel(words.carrier).selectOption({ label: carrier })
  await form.getByLabel(words.tracking, { exact: true }).fill(tracking)
  await form.getByRole("button", { name: words.ship }).click()
  await expect(page.getByTestId("producer-order-done")).toHaveText(words.done)
  await expect(page.getByTestId("producer-order-status")).toHaveText(words.shipped)
  await expect(page.getByTestId("producer-order-tracking")).toContainText(tracking)
  await expectNoSidewaysScroll(page)
}

test("a guest's order goes to two producers, each ships its own line from its orders page, and the guest sees both shipments with their tracking numbers", async ({
  page,
  context,
  request,
}) => {
  test.setTimeout(120_000)
  const admin = await officialApi(request)
  const label = (n: string, base: number) => ({ run, candidates: CANDIDATES, label: n, taxCodeBase: base })
  const first = await producerOwner(request, admin, label("don-a", 8_300_000_000))
  const second = await producerOwner(request, admin, label("don-b", 8_400_000_000))
  const rows: Awaited<ReturnType<typeof sellableRow>>[] = []
  try {
    rows.push(await sellableRow(request, first), await sellableRow(request, second))
    const { order, token } = await guestOrder(
      request,
      first.headers,
      rows.map((r) => r.variant.id),
    )
    // The order.placed subscriber routes the order a moment after checkout answers.
    for (const owner of [first, second]) {
      await expect
        .poll(async () => {
          const res = await request.get(`${adminUrl}/store/producer/orders`, { headers: owner.owner })
          return (await res.json()).count
        })
        .toBe(1)
    }
    const tracking = [`VTP${run}`, `GHN-${run}`]

    // The first producer, in Vietnamese, from its workspace: one new order waits.
    await signIn(context, first)
    await page.goto("/vi/account/producer")
    await expect(page.getByTestId("producer-orders-link")).toHaveText("Đơn hàng: 1 đơn mới đang chờ →")
    await page.getByTestId("producer-orders-link").click()
    await expect(page.getByRole("heading", { name: "Đơn hàng", exact: true })).toBeVisible()
    await shipOwnPart(
      page,
      { locale: "vi", mine: rows[0], theirs: rows[1] },
      {
        carrier: "Viettel Post",
        tracking: tracking[0],
        words: {
          new: "Mới",
          number: `Đơn #${order.display_id}`,
          carrier: "Đơn vị vận chuyển",
          tracking: "Mã vận đơn",
          ship: "Đã gửi hàng",
          done: "Đã ghi nhận gửi hàng. Khách hàng nhận e-mail kèm mã vận đơn.",
          shipped: "Đã gửi hàng",
        },
      },
    )

    // The second producer, in English, straight to its orders page.
    await signIn(context, second)
    await page.goto("/en/account/producer/orders")
    await shipOwnPart(
      page,
      { locale: "en", mine: rows[1], theirs: rows[0] },
      {
        carrier: "Giao Hàng Nhanh (GHN)",
        tracking: tracking[1],
        words: {
          new: "New",
          number: `Order #${order.display_id}`,
          carrier: "Carrier",
          tracking: "Tracking number",
          ship: "Mark as shipped",
          done: "Shipped. The shopper gets an e-mail with the tracking number.",
          shipped: "Shipped",
        },
      },
    )

    // The guest's confirmation link: two shipments on their way, each with its number.
    await context.clearCookies()
    for (const [locale, onItsWay] of [
      ["vi", "Đang vận chuyển"],
      ["en", "On its way"],
    ] as const) {
      await page.goto(`/${locale}/order/${order.id}/confirmed?access=${encodeURIComponent(token)}`)
      const shipments = page.getByTestId("order-shipment")
      await expect(shipments).toHaveCount(2)
      await expect(shipments.getByTestId("shipment-status")).toHaveText([onItsWay, onItsWay])
      for (const [i, owner] of [first, second].entries()) {
        const shipment = shipments.filter({ hasText: owner.subject.name })
        await expect(shipment.getByTestId("shipment-tracking")).toContainText(tracking[i])
        await expect(shipment.getByTestId("shipment-items")).toHaveText(lineText(rows[i]))
      }
      await expectNoSidewaysScroll(page)
    }
  } finally {
    // The warehouses as they were (the shipped unit left them), and the subjects free for the next run.
    for (const [i, owner] of [first, second].entries()) {
      if (rows[i])
        await request.post(`${adminUrl}/store/producer/stock`, {
          headers: owner.owner,
          data: { variant_id: rows[i].variant.id, stocked_quantity: rows[i].stocked },
        })
      await admin.call("post", `/admin/trade/businesses/${owner.businessId}/release`, {
        reason: "Kiểm thử trình duyệt xong",
      })
    }
  }
})
