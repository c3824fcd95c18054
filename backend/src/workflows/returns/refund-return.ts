import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { refundPaymentWorkflow } from "@medusajs/medusa/core-flows"
import { moveReturnStep } from "./steps/move-return"
import { notifyReturnStep } from "./steps/notify-return"
import { refundDueStep, type RefundReturnInput } from "./steps/refund-due"

export const refundReturnWorkflowId = "refund-return-request"
/**
 * Pays a received return back through Medusa's refund (`refundPaymentWorkflow`, the refund recorded
 * on the order's payment and the order's transactions): a card through Stripe's API at once; a
 * VietQR transfer or cash on delivery once an official has made the bank transfer and records its
 * reference. Taken by a conditional update, so there is one refund however many ask; the refund
 * account is erased in the same update, and restored if the provider refuses.
 */
export const refundReturnWorkflow = createWorkflow(refundReturnWorkflowId, (input: RefundReturnInput) => {
  const due = refundDueStep(input)
  moveReturnStep(
    transform({ input, due }, ({ input, due }) => ({
      id: input.id,
      move: "refund" as const,
      to: "refunded",
      fields: due.fields,
    })),
  )
  refundPaymentWorkflow.runAsStep({
    input: transform({ due, input }, ({ due, input }) => ({
      payment_id: due.payment_id,
      amount: due.amount,
      note: due.note,
      created_by: input.by,
    })),
  })
  notifyReturnStep(transform({ input }, ({ input }) => ({ id: input.id, news: "refunded" as const })))
  return new WorkflowResponse(due)
})
