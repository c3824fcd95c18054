import type { ReturnStatus } from "@ocop/core"

/** The colours of a return's state on the producer's pages: waiting on the producer, moving, done, stopped. */
const LOOK: Record<ReturnStatus, string> = {
  requested: "border-amber-400 bg-amber-50 text-amber-900",
  accepted: "border-sky-600 bg-sky-50 text-sky-900",
  shipped_back: "border-amber-400 bg-amber-50 text-amber-900",
  received: "border-sky-600 bg-sky-50 text-sky-900",
  refunded: "border-green-700 bg-green-50 text-green-900",
  refused: "border-stone-400 bg-stone-100 text-stone-700",
}

export const returnBadge = (status: ReturnStatus) =>
  `inline-block rounded border px-2 py-0.5 text-sm font-semibold ${LOOK[status]}`
