import { storeReturnWindow } from "../../../read-models/returns/window"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { refundsByTransfer, returnDeadline, withinReturnWindow, type ReturnReason } from "@ocop/core"
import { producerOf } from "../../producer/steps/producer-of"
import { returnsOf } from "./returns-of"

export type RefundAccount = { bank_bin: string; account_number: string; account_holder: string }
export type RequestReturnInput = {
  order_id: string
  part_id: string
  customer_id: string | null
  items: { line_id: string; quantity: number }[]
  reason: ReturnReason
  note: string | null
  refund_account: RefundAccount | null
  /** Photos already checked and re-encoded (`returnPhotoWebp`), in base64. */
  photos: string[]
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

export const planReturnStepId = "plan-return-request"
/**
 * Checks a shopper's request against its shipment: the order's own delivered part (another order's
 * is 404), inside the window counted from delivery, lines of that part not cancelled, no more than
 * was delivered less what earlier returns ask back, and an account for a refund by transfer.
 * Answers the return to record, its value computed from the prices paid.
 */
export const planReturnStep = createStep(planReturnStepId, async (input: RequestReturnInput, { container }) => {
  const [part] = await producerOf(container).listProducerOrders(
    { id: input.part_id, order_id: input.order_id },
    { take: 1, relations: ["lines"] },
  )
  if (!part) throw new MedusaError(MedusaError.Types.NOT_FOUND, "No such shipment in this order")
  if (part.status !== "delivered") throw invalid("Only a delivered shipment can be returned")
  const days = await storeReturnWindow(container)
  const delivered = part.delivered_at ? new Date(part.delivered_at) : null
  if (!withinReturnWindow(delivered, days))
    throw invalid(
      `The return window closed on ${returnDeadline(delivered!, days).toISOString()} (${days} days from delivery)`,
    )
  const asked = await returnsOf(container).returnedQuantities(part.id)
  const seen = new Set<string>()
  const lines = input.items.map(({ line_id, quantity }) => {
    const line = (part.lines ?? []).find((l) => l.id === line_id && !l.canceled_at)
    if (!line) throw invalid(`items: ${line_id.slice(0, 40)} is not a delivered line of this shipment`)
    if (seen.has(line_id)) throw invalid(`items: ${line_id.slice(0, 40)} is listed twice`)
    seen.add(line_id)
    const left = line.quantity - (asked.get(line_id) ?? 0)
    if (quantity > left) throw invalid(`items: at most ${left} of "${line.title}" can still be returned`)
    return {
      line_id,
      item_id: line.item_id,
      title: line.title,
      variant_title: line.variant_title,
      quantity,
      unit_price: line.unit_price,
    }
  })
  const byTransfer = refundsByTransfer(part.payment_method)
  if (byTransfer && !input.refund_account)
    throw invalid("refund_account: the bank account the refund is sent to is required for this payment method")
  const account = byTransfer ? input.refund_account : null
  return new StepResponse({
    order_id: input.order_id,
    display_id: part.display_id,
    part_id: part.id,
    producer_id: part.producer_id,
    customer_id: input.customer_id,
    reason: input.reason,
    note: input.note,
    amount: lines.reduce((sum, l) => sum + l.quantity * l.unit_price, 0),
    payment_method: part.payment_method,
    location_id: part.location_id,
    refund_bank_bin: account?.bank_bin ?? null,
    refund_account_number: account?.account_number ?? null,
    refund_account_holder: account?.account_holder ?? null,
    lines,
  })
})
