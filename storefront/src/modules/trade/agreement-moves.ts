import { acceptsDeliveries, FINAL_AGREEMENT_STATUSES, type AgreementView } from "@ocop/core"

/**
 * What a party may do with an agreement now, from the statuses' moves in `@ocop/core`. The API
 * refuses anything else anyway; this only decides which buttons to show.
 */
export function agreementMoves(agreement: AgreementView, businessId: string) {
  const side = agreement.buyer.id === businessId ? "buyer" : "seller"
  const signedByMe = !!agreement[`${side}_signed_at`]
  const signedByOther = !!agreement[side === "buyer" ? "seller_signed_at" : "buyer_signed_at"]
  // A draft, or an MoU being turned into a contract (kind already "contract", signatures reset).
  const awaitingSignatures =
    agreement.status === "draft" || (agreement.status === "signed_mou" && agreement.kind === "contract")
  return {
    side,
    signedByMe,
    signedByOther,
    awaitingSignatures,
    canSign: awaitingSignatures && !signedByMe,
    canUpgrade: agreement.status === "signed_mou" && agreement.kind === "mou",
    canCancel: !FINAL_AGREEMENT_STATUSES.includes(agreement.status),
    canDeliver: acceptsDeliveries(agreement.status),
    // A delivery recorded before the contract was fulfilled by others still counts once confirmed.
    canConfirm: acceptsDeliveries(agreement.status) || agreement.status === "fulfilled",
  } as const
}
