import { expect, test, type BrowserContext, type Page } from "@playwright/test"
import { formatVnd } from "@ocop/core"
import { TEST_ADDRESS } from "../support/store-client"
import { guestOrder, sellableRow, type StockRow } from "./support/orders"
import { expectNoSidewaysScroll } from "./support/phone"
import { adminUrl, officialApi, producerOwner } from "./support/producer"
import { expectStatement, operatorFeeOn, runThisMonth } from "./support/settlement"

// Orders routed to producers, on a phone with JavaScript off: a guest orders one item of each of two
// producers; each producer opens its orders page, sees only its own line and ships it with a carrier
// and a tracking number (one in Vietnamese, one in English); the guest's confirmation page then shows
// two shipments on their way, each with its tracking number, in both languages. Then each producer
// marks its part delivered, an official settles the month, and the first producer's statements page
// shows the sale, the operator's fee on its group and the net, which its CSV says too; its owner gives
// the account it is paid into, and the statement's page lists the delivered line.
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, javaScriptEnabled: false })

const run = Date.now() % 1_000_000_000
/** Demo subjects with listed products; each owner takes the first no verified account speaks for. */
const CANDIDATES = ["ta-lu", "ga-cua-tam-bac", "mien-tay-quang-binh", "vuong-doan"]

type Owner = Awaited<ReturnType<typeof producerOwner>>
type Row = StockRow
/** A line as both the producer's and the shopper's pages write it. */
const lineText = (row: Row) => `${row.product.title}${row.variant.title ? ` (${row.variant.title})` : ""} × 1`

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
  return new URL(page.url()).pathname
}

test("a guest's order goes to two producers, each ships its own line from its orders page, the guest sees both shipments with their tracking numbers, and once delivered and settled the month's statement shows the sale, the fee and the net", async ({
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
  let restoreFee = async () => {}
  try {
    rows.push(await sellableRow(request, first), await sellableRow(request, second))
    const { order, token } = await guestOrder(
      request,
      first.headers,
      rows.map((r) => r.variant.id),
      `khach-don-${run}@example.com`,
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
    await expect(page.getByTestId("producer-statements-link")).toHaveAttribute(
      "href",
      "/vi/account/producer/statements",
    )
    await page.getByTestId("producer-orders-link").click()
    await expect(page.getByRole("heading", { name: "Đơn hàng", exact: true })).toBeVisible()
    const parts: string[] = []
    parts[0] = await shipOwnPart(
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
    parts[1] = await shipOwnPart(
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

    // Both parcels arrive: each producer marks its part delivered on the part's page.
    for (const [i, button, delivered] of [
      [1, "Mark as delivered", "Delivered"],
      [0, "Đã giao cho khách", "Đã giao"],
    ] as const) {
      await signIn(context, [first, second][i])
      await page.goto(parts[i])
      await page.getByRole("button", { name: button }).click()
      await expect(page.getByTestId("producer-order-status")).toHaveText(delivered)
    }

    // An official settles the month at once, the first producer's group bearing a 2.5 % fee.
    restoreFee = await operatorFeeOn(admin, rows[0].product.id, "2.5")
    const month = await runThisMonth(admin)
    await page.goto("/vi/account/producer/statements")
    const sale = order.items.find((item) => item.variant_id === rows[0].variant.id)!.unit_price
    const [year, mon] = month.split("-")
    const { card, fee } = await expectStatement(page, {
      month,
      heading: `Tháng ${Number(mon)}/${year}`,
      sale,
      feeBps: 250,
      shipping: order.shipping_methods[0].amount,
      words: { open: "Đang mở" },
    })
    // The PDF in the page's language, private like the CSV.
    const pdfLink = (await card.getByTestId("statement-pdf").getAttribute("href"))!
    expect(pdfLink).toMatch(/\/api\/producer\/statements\/[^/]+\/pdf\?lang=vi$/)
    const pdf = await page.request.get(pdfLink)
    expect(pdf.headers()["content-type"]).toBe("application/pdf")
    expect(pdf.headers()["cache-control"]).toBe("private, no-store")
    expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-")

    // Where it is paid: the owner gives its account, typed in groups as the bank prints it.
    await expect(page.getByTestId("payout-missing")).toBeVisible()
    const payout = page.getByTestId("payout-form")
    await payout.getByLabel("Ngân hàng").selectOption({ label: "Vietcombank" })
    await payout.getByLabel("Số tài khoản", { exact: true }).fill("0123 456 789")
    await payout.getByLabel("Tên chủ tài khoản", { exact: true }).fill("NGUYEN VAN AN")
    await payout.getByRole("button", { name: "Lưu tài khoản" }).click()
    await expect(page.getByTestId("payout-done")).toHaveText("Đã lưu tài khoản nhận thanh toán.")
    await expect(page.getByLabel("Số tài khoản", { exact: true })).toHaveValue("0123456789")
    await expect(page.getByTestId("payout-missing")).toHaveCount(0)

    // The statement's one delivered line: its order, product and fee, a card on the phone.
    await page.getByTestId("statement-details").click()
    const line = page.getByTestId("statement-line")
    await expect(line).toHaveCount(1)
    await expect(line).toContainText(`Đơn #${order.display_id}`)
    await expect(line).toContainText(rows[0].product.title)
    await expect(line).toContainText(formatVnd(fee))
    await expectNoSidewaysScroll(page)
  } finally {
    await restoreFee()
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
