import { expect, test, type APIRequestContext, type Page } from "@playwright/test"
import fs from "node:fs"
import { monthOf } from "@ocop/core"
import { guestOrder, sellableRow, storeCall } from "./support/orders"
import { adminHeaders } from "./support/phone"
import { adminUrl, officialApi, producerOwner } from "./support/producer"

// The officials' part of a month's settlement, in the admin: a producer's part of a guest's order is
// delivered (set up through the APIs); an official opens Thanh toán nhà sản xuất, runs the month,
// downloads the bank batch file (which lists the producer's payout with its net), records the
// transfer with its reference, and downloads the file again: the paid statement has left it.

const run = Date.now() % 1_000_000_000
/** Demo subjects with listed products; the owner takes the first no verified account speaks for. */
const CANDIDATES = ["vuong-doan", "mien-tay-quang-binh", "ga-cua-tam-bac", "ta-lu"]
const ACCOUNT = `0071${run}`

type Owner = Awaited<ReturnType<typeof producerOwner>>

/**
 * One unit of the owner's first stocked variant, one more set at its warehouse so its part ships from
 * there, ordered by a guest with cash on delivery; the part shipped and delivered by the owner.
 * Returns the variant's warehouse level before, to put back, and what the producer is owed for it.
 */
async function deliveredPart(request: APIRequestContext, owner: Owner) {
  const producer = storeCall(request, owner.owner)
  const row = await sellableRow(request, owner)
  const { order } = await guestOrder(request, owner.headers, [row.variant.id], `khach-tt-${run}@example.com`)

  // The order.placed subscriber routes the order a moment after checkout answers.
  let part: { id: string; subtotal: number } | undefined
  await expect
    .poll(async () => {
      part = (await producer("/store/producer/orders")).orders[0]
      return part?.id
    })
    .toBeTruthy()
  await producer(`/store/producer/orders/${part!.id}/ship`, { carrier: "ghn", tracking_number: `GHN-${run}` })
  await producer(`/store/producer/orders/${part!.id}/deliver`, {})
  // Its only parcel: the whole delivery fee is its; no operator's fee in the demo's groups.
  return {
    variantId: row.variant.id,
    stocked: row.stocked,
    owed: part!.subtotal + Number(order.shipping_methods[0].amount),
  }
}

/** The batch file the page downloads, as rows of cells (no cell of these rows holds a comma). */
async function downloadBatch(page: Page, month: string) {
  const downloading = page.waitForEvent("download")
  await page.getByRole("button", { name: "Tải tệp chuyển khoản" }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toBe(`payouts-${month}.csv`)
  const text = fs.readFileSync((await download.path())!, "utf8")
  expect(text.startsWith("\uFEFF"), "a byte-order mark for spreadsheets").toBe(true)
  return text
    .slice(1)
    .trim()
    .split("\r\n")
    .map((r) => r.split(","))
}

test("an official runs the month in the admin, downloads the batch file with a producer's payout, records it paid with the transfer's reference, and the next batch file leaves it out", async ({
  page,
  request,
}) => {
  test.setTimeout(90_000)
  const admin = await officialApi(request)
  const owner = await producerOwner(request, admin, {
    run,
    candidates: CANDIDATES,
    label: "tt",
    taxCodeBase: 8_500_000_000,
  })
  let sold: Awaited<ReturnType<typeof deliveredPart>> | undefined
  try {
    sold = await deliveredPart(request, owner)
    await storeCall(request, owner.owner)("/store/producer/payout-account", {
      bank_bin: "970436",
      account_number: ACCOUNT,
      account_holder: "HTX THU NGHIEM THANH TOAN",
    })
    const month = monthOf(new Date())

    // Signed in with the session the admin's sign-in form makes (the form is bank-transfers.e2e.ts's).
    const session = await page.request.post(`${adminUrl}/auth/session`, { headers: await adminHeaders(request) })
    expect(session.status()).toBe(200)

    await page.goto(`${adminUrl}/app/producers/settlements`)
    await expect(page.getByRole("heading", { name: "Thanh toán nhà sản xuất" })).toBeVisible()
    // The month an official settles by default is the one before; the part was delivered in this one.
    await expect(page.getByLabel("Tháng")).not.toHaveValue(month)
    await page.getByLabel("Tháng").fill(month)
    await page.getByRole("button", { name: "Tính bảng kê tháng" }).click()
    const row = page.getByTestId("statement-row").filter({ hasText: ACCOUNT })
    await expect(row).toHaveCount(1)
    await expect(row).toContainText(owner.subject.name)
    await expect(row).toContainText("Vietcombank")
    await expect(row.getByTestId("statement-status")).toHaveText("Chưa trả")
    const net = Number((await row.getByTestId("statement-net").textContent())!.replace(/\D/g, ""))
    expect(net).toBe(sold.owed)

    const before = await downloadBatch(page, month)
    expect(before[0].join(",")).toBe(
      "bank_bin,account_number,account_holder,amount_vnd,content,producer,statement_id,note",
    )
    const payout = before.find((r) => r[1] === ACCOUNT)
    expect(payout?.slice(0, 4)).toEqual(["970436", ACCOUNT, "HTX THU NGHIEM THANH TOAN", String(sold.owed)])

    await row.getByRole("button", { name: "Ghi nhận đã trả" }).click()
    const drawer = page.getByRole("dialog")
    await drawer.getByLabel("Mã giao dịch của ngân hàng").fill(`FT${run}`)
    await drawer.getByRole("button", { name: "Ghi nhận đã trả" }).click()
    await expect(row.getByTestId("statement-status")).toContainText("Đã trả")
    await expect(row.getByTestId("statement-status")).toContainText(`FT${run}`)
    await expect(row.getByRole("button", { name: "Ghi nhận đã trả" })).toHaveCount(0)

    const after = await downloadBatch(page, month)
    expect(after.find((r) => r[1] === ACCOUNT || r[6] === payout![6])).toBeUndefined()
  } finally {
    // The warehouse as it was (the delivered unit left it), and the subject free for the next run.
    if (sold)
      await request.post(`${adminUrl}/store/producer/stock`, {
        headers: owner.owner,
        data: { variant_id: sold.variantId, stocked_quantity: sold.stocked },
      })
    await admin.call("post", `/admin/trade/businesses/${owner.businessId}/release`, {
      reason: "Kiểm thử trình duyệt xong",
    })
  }
})
