/**
 * Returns and refunds (docs/returns.md): the window a shopper may ask in, the reasons it chooses
 * from, the states a return moves through and who may move it. One set of rules, read by the
 * backend's workflows, the storefront's forms and their tests.
 */
import type { PaymentMethod } from "./producer-orders"

/**
 * The store's metadata key holding the return window in days, counted from the delivery of the
 * shipment (the operator sets it; the returns policy page shows it). Absent or unreadable is
 * `DEFAULT_RETURN_WINDOW_DAYS`.
 */
export const RETURN_WINDOW_KEY = "return_window_days"
export const DEFAULT_RETURN_WINDOW_DAYS = 7

/** The window from the store's metadata: a whole number of days, 0–365; anything else is the default. */
export function returnWindowDays(metadata: Record<string, unknown> | null | undefined): number {
  const raw = metadata?.[RETURN_WINDOW_KEY]
  const text = typeof raw === "number" ? String(raw) : typeof raw === "string" ? raw.trim() : ""
  if (!/^\d{1,3}$/.test(text)) return DEFAULT_RETURN_WINDOW_DAYS
  const days = Number(text)
  return days <= 365 ? days : DEFAULT_RETURN_WINDOW_DAYS
}

/** The last instant a return may be asked for a shipment delivered at `deliveredAt`. */
export const returnDeadline = (deliveredAt: Date, days: number) => new Date(deliveredAt.getTime() + days * 86_400_000)

/** Whether a shipment delivered at `deliveredAt` may still be returned at `now`. */
export const withinReturnWindow = (deliveredAt: Date | null, days: number, now = new Date()) =>
  !!deliveredAt && now.getTime() <= returnDeadline(deliveredAt, days).getTime()

/** Why the shopper returns the goods (the form's list; `other` needs the text). */
export const RETURN_REASONS = [
  "damaged",
  "wrong_item",
  "not_as_described",
  "expired",
  "missing_parts",
  "other",
] as const
export type ReturnReason = (typeof RETURN_REASONS)[number]

/** Text beside the reason, and the reason given for a refusal. */
export const RETURN_NOTE_MAX = 1000
export const RETURN_DECISION_MIN = 3
/** Photos the shopper may add to a request. */
export const RETURN_PHOTOS_MAX = 3
export const RETURN_PHOTO_BYTES = 8 * 1024 * 1024
export const RETURN_PHOTO_EDGE = 1600

/**
 * `requested` → `accepted` (by the producer or an official) or `refused` (with a reason: nothing of
 * the order changes) → `shipped_back` (the shopper's carrier and tracking number) → `received`
 * (Medusa's receive: the items back in stock) → `refunded` (through the payment's provider; a card
 * at once, a transfer back once an official records it with its reference).
 */
export const RETURN_STATUSES = ["requested", "accepted", "refused", "shipped_back", "received", "refunded"] as const
export type ReturnStatus = (typeof RETURN_STATUSES)[number]

/** The states each move starts from: one conditional update per move, so two actors act once. */
export const RETURN_MOVES = {
  accept: ["requested"],
  refuse: ["requested"],
  ship_back: ["accepted"],
  receive: ["accepted", "shipped_back"],
  refund: ["received"],
} as const satisfies Record<string, readonly ReturnStatus[]>
export type ReturnMove = keyof typeof RETURN_MOVES

/**
 * How the money goes back: a card through Stripe's API; a VietQR transfer or cash on delivery by a
 * bank transfer to the account the shopper gives, which an official makes and records.
 */
export const refundsByTransfer = (method: PaymentMethod) => method !== "stripe"
