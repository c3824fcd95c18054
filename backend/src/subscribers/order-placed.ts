import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { currentPolicyVersions } from "../read-models/legal/current"
import { sendOrderConfirmationWorkflow } from "../workflows/order-confirmation/send-order-confirmation"

/** The confirmation names the terms of sale in force as the order is placed, with a link to that version. */
export default async function orderPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  const terms = (await currentPolicyVersions(container)).terms
  await sendOrderConfirmationWorkflow(container).run({
    input: {
      id: event.data.id,
      terms: terms ? { version: terms.version, effective_from: terms.effective_at.slice(0, 10) } : null,
    },
  })
}

export const config: SubscriberConfig = { event: "order.placed" }
