import type { ProducerOrderStatus } from "@ocop/core"

/** The colours of a part's state, the same for the producer and the shopper: waiting, moving, done, stopped. */
export const STATUS_LOOK: Record<ProducerOrderStatus, string> = {
  new: "border-amber-400 bg-amber-50 text-amber-900",
  confirmed: "border-amber-400 bg-amber-50 text-amber-900",
  shipped: "border-sky-600 bg-sky-50 text-sky-900",
  delivered: "border-green-700 bg-green-50 text-green-900",
  canceled: "border-stone-400 bg-stone-100 text-stone-700",
}

export const statusBadge = (status: ProducerOrderStatus) =>
  `inline-block rounded border px-2 py-0.5 text-sm font-semibold ${STATUS_LOOK[status]}`
