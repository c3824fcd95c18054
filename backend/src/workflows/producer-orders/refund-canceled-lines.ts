import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { refundPaymentWorkflow } from "@medusajs/medusa/core-flows"
import { takeRefundsStep } from "./steps/take-refunds"

export const refundCanceledLinesWorkflowId = "refund-canceled-producer-lines"
/**
 * Pays back the cancelled lines of an order whose payment is captured, through Medusa's refund
 * (the card through Stripe; VietQR recorded for an official's transfer back, docs/payments.md). Run
 * by a cancellation and by every capture, so a line cancelled while the shopper was paying is
 * refunded by whichever comes second, once.
 */
export const refundCanceledLinesWorkflow = createWorkflow(
  refundCanceledLinesWorkflowId,
  (input: { order_id: string }) => {
    const due = takeRefundsStep(input)
    when({ due }, ({ due }) => !!due).then(() => {
      refundPaymentWorkflow.runAsStep({
        input: transform({ due }, ({ due }) => ({
          payment_id: due!.payment_id,
          amount: due!.amount,
          note: "Lines the producer could not supply",
        })),
      })
    })
    return new WorkflowResponse(due)
  },
)
