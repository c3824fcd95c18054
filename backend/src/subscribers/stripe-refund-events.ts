import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { recordStripeRefundWorkflow } from "../workflows/returns/record-stripe-refund"
import { stripeRefundNews } from "../workflows/returns/stripe-refund-event"

type WebhookReceived = { provider?: string; payload?: { rawData?: unknown; headers?: Record<string, unknown> } }

/**
 * Stripe's deliveries reach Medusa's `/hooks/payment/stripe_stripe`, whose own handler reads only
 * payment intents; this one keeps Stripe's signed word on the card refunds of returns.
 */
export default async function stripeRefundEvents({ event, container }: SubscriberArgs<WebhookReceived>) {
  if (event.data.provider !== "stripe_stripe" || !event.data.payload) return
  const refunds = stripeRefundNews(event.data.payload, process.env.STRIPE_WEBHOOK_SECRET)
  if (refunds?.length) await recordStripeRefundWorkflow(container).run({ input: { refunds } })
}

export const config: SubscriberConfig = {
  event: "payment.webhook_received",
  context: { subscriberId: "stripe-refund-events" },
}
