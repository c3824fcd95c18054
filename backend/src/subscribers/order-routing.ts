import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { routeOrderWorkflow } from "../workflows/producer-orders/route-order"

/** A placed order's lines go to their producers (docs/producers.md, "Orders"). */
export default async function routeOrder({ event, container }: SubscriberArgs<{ id: string }>) {
  await routeOrderWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed", context: { subscriberId: "route-order-to-producers" } }
