/**
 * The life of a trade agreement, from a draft at a fair to delivered value. An MoU (biên bản ghi
 * nhớ) becomes `signed_mou` once both parties sign; a contract becomes `contract`. An MoU may be
 * followed by a contract; the first delivery puts a contract `in_delivery`, and it is `fulfilled`
 * when the delivered value reaches the signed value or the parties close it. Cancelled, fulfilled
 * and expired are final. One table of moves, shared by the API and the admin.
 */
export type AgreementKind = "mou" | "contract"
export type AgreementStatus =
  "draft" | "signed_mou" | "contract" | "in_delivery" | "fulfilled" | "cancelled" | "expired"

export const AGREEMENT_STATUSES: readonly AgreementStatus[] = [
  "draft",
  "signed_mou",
  "contract",
  "in_delivery",
  "fulfilled",
  "cancelled",
  "expired",
]
export const FINAL_AGREEMENT_STATUSES: readonly AgreementStatus[] = ["fulfilled", "cancelled", "expired"]
/** Statuses that count as "signed" for the plan's KPIs and the signed value. */
export const SIGNED_AGREEMENT_STATUSES: readonly AgreementStatus[] = [
  "signed_mou",
  "contract",
  "in_delivery",
  "fulfilled",
]

const MOVES: Record<AgreementStatus, readonly AgreementStatus[]> = {
  draft: ["signed_mou", "contract", "cancelled"],
  signed_mou: ["contract", "cancelled", "expired"],
  contract: ["in_delivery", "fulfilled", "cancelled", "expired"],
  in_delivery: ["fulfilled", "cancelled", "expired"],
  fulfilled: [],
  cancelled: [],
  expired: [],
}

export function canMoveAgreement(from: AgreementStatus, to: AgreementStatus): boolean {
  return MOVES[from].includes(to)
}

/** The status a draft reaches when its last party signs. */
export function signedStatus(kind: AgreementKind): AgreementStatus {
  return kind === "mou" ? "signed_mou" : "contract"
}

/** After a delivery: a contract starts delivering, and is fulfilled once the value is reached. */
export function statusAfterDelivery(status: AgreementStatus, delivered: number, value: number): AgreementStatus {
  if (status !== "contract" && status !== "in_delivery") return status
  return value > 0 && delivered >= value ? "fulfilled" : "in_delivery"
}

/** Deliveries are recorded against a signed contract only: an MoU is an intent, not an order. */
export function acceptsDeliveries(status: AgreementStatus): boolean {
  return status === "contract" || status === "in_delivery"
}
