import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { refundsByTransfer } from "@ocop/core"
import { capturedPayment } from "../../../read-models/payments/captured-payment"
import { ownReturn } from "./returns-of"

export type RefundReturnInput = { id: string; by: string; reference: string | null }

export const refundDueStepId = "refund-due-for-return"
/**
 * What a received return's refund goes through: the order's captured payment (a conflict while
 * none is captured: cash not recorded yet), and for a transfer the official's reference, required.
 * Answers the fields the refund records: the account the money went to is erased with it.
 */
export const refundDueStep = createStep(refundDueStepId, async (input: RefundReturnInput, { container }) => {
  const ret = await ownReturn(container, input.id, {})
  const payment = await capturedPayment(container, ret.order_id)
  if (!payment)
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      "The order's payment is not recorded as received yet: an official captures it before a refund",
    )
  const transfer = refundsByTransfer(ret.payment_method)
  if (transfer && !input.reference)
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "reference: the bank transfer's reference is required")
  const intent = typeof payment.data?.id === "string" ? payment.data.id : null
  return new StepResponse({
    payment_id: payment.id,
    amount: ret.amount,
    note: `Return ${ret.id}${transfer ? `, transfer ${input.reference}` : ""}`,
    fields: {
      refunded_at: new Date(),
      refunded_by: input.by,
      refund_reference: transfer ? input.reference : null,
      refund_bank_bin: null,
      refund_account_number: null,
      refund_account_holder: null,
      stripe_payment_intent: transfer ? null : intent,
      stripe_refund_status: transfer ? null : "pending",
    },
  })
})
