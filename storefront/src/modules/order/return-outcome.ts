/**
 * What became of a shopper's return request or parcel details, as the order's page says it after the
 * form's round trip (`?returns=` on the page's address; messages under `Order.returns.outcomes`). The
 * Store API's refusals are read into a few sentences a shopper can act on, never shown in English.
 */
export const RETURN_OUTCOMES = [
  "requested",
  "shipped",
  "window",
  "quantity",
  "account",
  "notImage",
  "tooLarge",
  "invalid",
  "conflict",
  "failed",
] as const
export type ReturnOutcome = (typeof RETURN_OUTCOMES)[number]

/** The outcome of the Store API's refusal: its status and, for a 400, which part it refused. */
export function returnOutcome({ status, message }: { status: number; message?: string }): ReturnOutcome {
  const said = message ?? ""
  if (status === 413) return "tooLarge"
  if (status === 409) return "conflict"
  if (status !== 400) return "failed"
  if (/return window closed|Only a delivered/.test(said)) return "window"
  if (/can still be returned|at least one line|'items'|quantity/.test(said)) return "quantity"
  if (/refund_account|account_number|account_holder|bank_bin/.test(said)) return "account"
  if (/is not an image/.test(said)) return "notImage"
  return "invalid"
}

/** The `?returns=` value of a page's address, when it is one the forms set. */
export const readReturnOutcome = (value: string | null | undefined): ReturnOutcome | null =>
  (RETURN_OUTCOMES as readonly string[]).includes(value ?? "") ? (value as ReturnOutcome) : null

/**
 * The order's page a form goes back to: the account's, or a guest's signed link (its token as it
 * came, percent-encoded). Built from the order's id only, so a forged form leads nowhere else.
 */
export function orderPagePath(locale: "vi" | "en", orderId: string, access: string, outcome: ReturnOutcome): string {
  const id = encodeURIComponent(orderId)
  return access
    ? `/${locale}/order/${id}/confirmed?access=${encodeURIComponent(access)}&returns=${outcome}#returns`
    : `/${locale}/account/orders/${id}?returns=${outcome}#returns`
}
