import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { refundCanceledLinesWorkflow } from "../workflows/producer-orders/refund-canceled-lines"

/**
 * A payment captured after a producer cancelled one of the order's lines (the shopper paid while the
 * producer cancelled) pays that line back; when the cancellation came second it refunded it itself.
 */
export default async function refundAfterCapture({ event, container }: SubscriberArgs<{ id: string }>) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "payment",
    fields: ["id", "payment_collection.order.id"],
    filters: { id: event.data.id },
  })
  const orderId = (data[0] as { payment_collection?: { order?: { id: string } | null } | null } | undefined)
    ?.payment_collection?.order?.id
  if (orderId) await refundCanceledLinesWorkflow(container).run({ input: { order_id: orderId } })
}

export const config: SubscriberConfig = {
  event: "payment.captured",
  context: { subscriberId: "refund-canceled-producer-lines" },
}
