import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { registerVietQrPaymentsWorkflow } from "../workflows/vietqr/register-vietqr-payments"

/** Makes the order's VietQR reference findable by the bank webhook with one index lookup. */
export default async function registerVietQrReference({ event, container }: SubscriberArgs<{ id: string }>) {
  await registerVietQrPaymentsWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "vietqr-payment-reference" },
}
