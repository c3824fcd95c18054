import { expect, type Page } from "@playwright/test"
import fs from "node:fs"
import { formatVnd, lineFee, monthOf, splitDeliveryFee } from "@ocop/core"
import type { officialApi } from "./producer"
import { expectNoSidewaysScroll } from "./phone"

// What the producer browser tests need of the monthly settlement: an operator's fee on a product's
// group for the length of a test, a month run at once by an official, and a statement read on the
// statements page as a phone shows it.
type Official = Awaited<ReturnType<typeof officialApi>>
type Category = { id: string; metadata: Record<string, unknown> | null }

/**
 * Sets the operator's fee (a percentage, as category data) on every group of the product, and gives
 * back what puts them as they were: Medusa replaces a category's metadata whole, so the old one is
 * written back.
 */
export async function operatorFeeOn(admin: Official, productId: string, percent: string) {
  const { product } = await admin.call("get", `/admin/products/${productId}?fields=categories.id,categories.metadata`)
  const groups = product.categories as Category[]
  expect(groups.length, "the product's OCOP group").toBeGreaterThan(0)
  for (const g of groups)
    await admin.call("post", `/admin/product-categories/${g.id}`, {
      metadata: { ...g.metadata, operator_fee_percent: percent },
    })
  return async () => {
    for (const g of groups)
      await admin.call("post", `/admin/product-categories/${g.id}`, { metadata: g.metadata ?? {} })
  }
}

/** The running month of Vietnam's calendar, settled now rather than at the nightly run. */
export async function runThisMonth(admin: Official) {
  const month = monthOf(new Date())
  await admin.call("post", "/admin/producers/settlements", { month })
  return month
}

type Expected = {
  month: string
  heading: string
  /** The producer's one delivered line, paid cash on delivery. */
  sale: number
  feeBps: number
  /** The order's delivery fee, shared by the two producers that shipped it. */
  shipping: number
  words: { open: string }
}

/**
 * The statements page (opened at the producer's only statement): the sale, the operator's fee and
 * the net payable of its one delivered line as the settlement reckons them, in VND; nothing scrolls
 * sideways. Then its CSV, downloaded through the page's link, whose net line says the same. Gives
 * back the card and the fee and net it found.
 */
export async function expectStatement(page: Page, { month, heading, sale, feeBps, shipping, words }: Expected) {
  const card = page.getByTestId("producer-statement")
  await expect(card).toHaveCount(1)
  await expect(card).toHaveAttribute("data-month", month)
  await expect(card.getByRole("heading", { level: 2 })).toHaveText(heading)
  await expect(card.getByTestId("statement-status")).toHaveText(words.open)
  await expect(card.getByTestId("statement-orders")).toHaveText("1")
  await expect(card.getByTestId("statement-sales")).toHaveText(formatVnd(sale))
  const fee = lineFee(sale, feeBps)
  expect(fee, "a fee to see").toBeGreaterThan(0)
  await expect(card.getByTestId("statement-fee")).toHaveText(`−${formatVnd(fee)}`)
  // Which of the two parcels took an odd đồng of the fee depends on the order of routing.
  const shown = await card.getByTestId("statement-delivery").textContent()
  const share = [...splitDeliveryFee(shipping, ["a", "b"]).values()].find((s) => formatVnd(s) === shown)
  expect(share, `a producer's share of ${shipping}, shown ${shown}`).toBeDefined()
  const net = sale + share! - fee
  await expect(card.getByTestId("statement-net")).toHaveText(formatVnd(net))
  await expectNoSidewaysScroll(page)

  const downloading = page.waitForEvent("download")
  await card.getByTestId("statement-csv").click()
  const download = await downloading
  expect(download.suggestedFilename()).toBe(`statement-${month}.csv`)
  const csv = fs.readFileSync((await download.path())!, "utf8")
  expect(csv.split("\r\n")).toContain(`net_payable,${net}`)
  return { card, fee, net }
}
