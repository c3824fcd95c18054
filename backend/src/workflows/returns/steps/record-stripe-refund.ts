import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { returnsOf } from "./returns-of"

export type StripeRefundNews = { payment_intent: string; amount: number; status: string }

export const recordStripeRefundStepId = "record-stripe-refund-state"
/**
 * Records what Stripe says of a card refund (`pending`, `succeeded`, `failed`, `canceled`) on the
 * refunded return of that payment intent and amount, so an official sees a refund that failed at
 * the bank and pays it otherwise. Answers how many returns it updated.
 */
export const recordStripeRefundStep = createStep(
  recordStripeRefundStepId,
  async (input: { refunds: StripeRefundNews[] }, { container }) => {
    const returns = returnsOf(container)
    let updated = 0
    for (const refund of input.refunds) {
      const found = await returns.listReturnRequests(
        { stripe_payment_intent: refund.payment_intent, amount: refund.amount, status: "refunded" },
        { take: 10, order: { refunded_at: "ASC" } },
      )
      if (!found.length) continue
      await returns.updateReturnRequests(found.map((r) => ({ id: r.id, stripe_refund_status: refund.status })))
      updated += found.length
    }
    return new StepResponse(updated)
  },
)
