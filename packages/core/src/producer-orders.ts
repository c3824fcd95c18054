/**
 * A producer's part of an order (docs/producers.md, "Orders"): the lines of one order that one
 * producer supplies, shipped as one Medusa fulfilment from the producer's location. The states and
 * what moves a part between them are one table, read by the backend's workflows and the pages.
 */

export const PRODUCER_ORDER_STATUSES = ["new", "confirmed", "shipped", "delivered", "canceled"] as const
export type ProducerOrderStatus = (typeof PRODUCER_ORDER_STATUSES)[number]

export const PRODUCER_ORDER_ACTIONS = ["confirm", "ship", "deliver"] as const
export type ProducerOrderAction = (typeof PRODUCER_ORDER_ACTIONS)[number]

/** From which states each action may start, and where it leads. */
export const PRODUCER_ORDER_MOVES: Record<
  ProducerOrderAction,
  { from: ProducerOrderStatus[]; to: ProducerOrderStatus }
> = {
  confirm: { from: ["new"], to: "confirmed" },
  ship: { from: ["new", "confirmed"], to: "shipped" },
  deliver: { from: ["shipped"], to: "delivered" },
}

/** A line may be cancelled until its part leaves the producer. */
export const CANCELABLE_STATUSES: ProducerOrderStatus[] = ["new", "confirmed"]

export const canMove = (status: ProducerOrderStatus, action: ProducerOrderAction) =>
  PRODUCER_ORDER_MOVES[action].from.includes(status)

/** The carriers a producer ships with; `own` is its own delivery. Names are the carriers' own. */
export const CARRIERS = ["vnpost", "viettelpost", "ghn", "ghtk", "own"] as const
export type Carrier = (typeof CARRIERS)[number]
export const CARRIER_NAMES: Record<Carrier, { vi: string; en: string }> = {
  vnpost: { vi: "VNPost (Bưu điện Việt Nam)", en: "VNPost (Vietnam Post)" },
  viettelpost: { vi: "Viettel Post", en: "Viettel Post" },
  ghn: { vi: "Giao Hàng Nhanh (GHN)", en: "Giao Hàng Nhanh (GHN)" },
  ghtk: { vi: "Giao Hàng Tiết Kiệm (GHTK)", en: "Giao Hàng Tiết Kiệm (GHTK)" },
  own: { vi: "Tự giao", en: "Own delivery" },
}

/**
 * A tracking number as carriers print them: letters, digits and `-`, 4 to 40 characters. Anything
 * else (markup, spaces, quotes) is refused rather than cleaned, so what the shopper reads is what the
 * producer typed.
 */
export const TRACKING_NUMBER = /^[A-Za-z0-9-]{4,40}$/
export const CANCEL_REASON_MAX = 500

/** How the shopper pays, as a settlement counts it. */
export const PAYMENT_METHODS = ["cod", "vietqr", "stripe"] as const
export type PaymentMethod = (typeof PAYMENT_METHODS)[number]

/** The method of a Medusa payment provider id (`pp_system_default`, `pp_vietqr_vietqr`, `pp_stripe_stripe`). */
export function paymentMethodOf(providerId: string | null | undefined): PaymentMethod {
  if (providerId?.includes("vietqr")) return "vietqr"
  if (providerId?.includes("stripe")) return "stripe"
  return "cod"
}

/**
 * The order's delivery fee shared among the producers that ship it: in equal whole-VND parts, the
 * remainder going one đồng each to the first producers in the given order, so the parts always add
 * up to the fee (each producer delivers one parcel; none is charged for another's).
 */
export function splitDeliveryFee(fee: number, producerIds: string[]): Map<string, number> {
  const shares = new Map<string, number>()
  if (!producerIds.length) return shares
  const base = Math.floor(fee / producerIds.length)
  let rest = fee - base * producerIds.length
  for (const id of producerIds) {
    shares.set(id, base + (rest > 0 ? 1 : 0))
    if (rest > 0) rest -= 1
  }
  return shares
}
