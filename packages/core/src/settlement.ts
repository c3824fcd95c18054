/**
 * A producer's monthly settlement (docs/producers.md, "Settlement"): what it sold and delivered in a
 * month of Vietnam's calendar, by how the shopper paid, its share of delivery fees, the operator's
 * fee by product group, refunds, and what the operator owes it. One set of rules, read by the
 * settlement run, the statements' files and their tests. Money is whole VND.
 */

/** A statement's month, `YYYY-MM`. */
export const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/

/** The instants a month of Vietnam's calendar (UTC+7, no daylight saving) starts and ends at. */
export function monthBounds(month: string): { from: Date; to: Date } {
  const m = MONTH.exec(month)
  if (!m) throw new RangeError(`month must be YYYY-MM, got ${month}`)
  const [year, mon] = [Number(m[1]), Number(m[2])]
  const next = mon === 12 ? `${year + 1}-01` : `${year}-${String(mon + 1).padStart(2, "0")}`
  return { from: new Date(`${month}-01T00:00:00+07:00`), to: new Date(`${next}-01T00:00:00+07:00`) }
}

/** The month (Vietnam's calendar) an instant falls in, and the month before it. */
export function monthOf(at: Date): string {
  const local = new Date(at.getTime() + 7 * 3600_000)
  return `${local.getUTCFullYear()}-${String(local.getUTCMonth() + 1).padStart(2, "0")}`
}
export function previousMonth(month: string): string {
  const { from } = monthBounds(month)
  return monthOf(new Date(from.getTime() - 1))
}

/**
 * The metadata key of a product category (an OCOP product group) holding the operator's fee, as a
 * percentage of the sale (`"2.5"`); absent or unreadable is 0, as a public programme charges nothing.
 */
export const OPERATOR_FEE_KEY = "operator_fee_percent"

/** The fee rate in basis points (1/100 of a percent) from a category's metadata; 0 unless 0–100 % with ≤ 2 decimals. */
export function feeRateBps(metadata: Record<string, unknown> | null | undefined): number {
  const raw = metadata?.[OPERATOR_FEE_KEY]
  const text = typeof raw === "number" ? String(raw) : typeof raw === "string" ? raw.trim().replace(",", ".") : ""
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(text)) return 0
  const bps = Math.round(Number(text) * 100)
  return bps <= 10_000 ? bps : 0
}

/** The fee on one line: its value at the rate, rounded to the đồng (half up), in whole numbers only. */
export const lineFee = (value: number, bps: number) => Math.floor((value * bps + 5_000) / 10_000)

/** A month's figures for one producer. */
export type StatementFigures = {
  /** Parts delivered in the month. */
  orders: number
  /** Delivered lines' value, by how the shopper paid (cash collected by the carrier, VietQR, card). */
  sales_cod: number
  sales_vietqr: number
  sales_stripe: number
  /** Its share of the delivery fees of those parts. */
  delivery_fees: number
  /** Lines cancelled in the month: how many and their value (never sold, shown for the record). */
  canceled_lines: number
  canceled_value: number
  /** Paid back to shoppers in the month for the producer's lines. */
  refunds: number
  /** The operator's fee on delivered lines. */
  fee: number
}

export const salesTotal = (f: StatementFigures) => f.sales_cod + f.sales_vietqr + f.sales_stripe

/**
 * What the operator owes the producer: its delivered sales and delivery fees, less the fee and what
 * was paid back for lines it had been paid for. Refunds of cancelled lines were never the
 * producer's, so only refunds of delivered lines count (`refunds_on_sales`).
 */
export function netPayable(f: StatementFigures & { refunds_on_sales: number }): number {
  return salesTotal(f) + f.delivery_fees - f.fee - f.refunds_on_sales
}

/**
 * One CSV cell: quoted when it holds a separator, quote or line break; a cell a spreadsheet would
 * read as a formula (`=`, `+`, `-`, `@`, tab, CR) is prefixed with `'` so it stays text.
 */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? "" : String(value)
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n;]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** Rows as CSV with CRLF line ends (RFC 4180) and a UTF-8 byte-order mark, which spreadsheet programs read Vietnamese by. */
export function toCsv(rows: (string | number | null | undefined)[][]): string {
  return "\uFEFF" + rows.map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n"
}
