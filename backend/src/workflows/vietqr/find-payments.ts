import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { VIETQR_PROVIDER_ID } from "@ocop/core"
import { BANK_TRANSFER_MODULE } from "../../modules/bank-transfer"
import type BankTransferModuleService from "../../modules/bank-transfer/service"
import type { PaymentCandidate } from "./decide-transfer"

type PaymentRow = {
  id: string
  amount: number
  captured_at?: Date | string | null
  canceled_at?: Date | string | null
  payment_collection?: { order?: { id: string } | null } | null
}

/**
 * The VietQR payments a reference names. References are registered when the order is placed
 * (`order.placed` subscriber): one index lookup. Until then — a worker behind on its events — the
 * payment is found by its JSON data, which reads every VietQR payment (decision 007), so a
 * transfer is never missed for timing.
 */
export async function vietQrPaymentsByReference(
  container: Pick<MedusaContainer, "resolve">,
  reference: string,
): Promise<PaymentCandidate[]> {
  const bank = container.resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE)
  const registered = await bank.listPaymentReferences({ reference }, { select: ["payment_id"] })
  const filters = registered.length
    ? { id: registered.map((r: { payment_id: string }) => r.payment_id) }
    : { provider_id: VIETQR_PROVIDER_ID, data: { reference } }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "payment",
    fields: ["id", "amount", "captured_at", "canceled_at", "payment_collection.order.id"],
    filters: filters as Record<string, unknown>,
  })
  return (data as PaymentRow[]).map((p) => ({
    id: p.id,
    amount: p.amount,
    captured_at: p.captured_at,
    canceled_at: p.canceled_at,
    order_id: p.payment_collection?.order?.id ?? null,
  }))
}
