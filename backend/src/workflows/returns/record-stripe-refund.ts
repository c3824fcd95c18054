import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordStripeRefundStep, type StripeRefundNews } from "./steps/record-stripe-refund"

export const recordStripeRefundWorkflowId = "record-stripe-refund"
/** Stripe's signed word on card refunds (events `charge.refunded`, `refund.*`), kept on their returns. */
export const recordStripeRefundWorkflow = createWorkflow(
  recordStripeRefundWorkflowId,
  (input: { refunds: StripeRefundNews[] }) => new WorkflowResponse(recordStripeRefundStep(input)),
)
