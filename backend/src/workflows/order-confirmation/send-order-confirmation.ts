import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"

export type SendOrderConfirmationInput = { id: string }

/**
 * E-mails the shopper a confirmation of a placed order. The idempotency key
 * makes a redelivered `order.placed` event send nothing twice.
 */
export const sendOrderConfirmationWorkflow = createWorkflow(
  "send-order-confirmation",
  (input: SendOrderConfirmationInput) => {
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: ["id", "display_id", "email", "total", "currency_code", "items.title", "items.quantity"],
      filters: { id: input.id },
      options: { throwIfKeyNotFound: true },
    })
    const notifications = transform({ orders }, ({ orders }) =>
      orders
        .filter((order) => Boolean(order.email))
        .map((order) => ({
          to: order.email as string,
          channel: "email",
          template: "order-placed",
          trigger_type: "order.placed",
          resource_id: order.id,
          resource_type: "order",
          idempotency_key: `order-placed-${order.id}`,
          data: {
            display_id: order.display_id,
            total: Number(order.total),
            currency_code: order.currency_code,
            items: (order.items ?? []).map((i: { title?: string | null; quantity?: unknown } | null | undefined) => ({
              title: i?.title,
              quantity: Number(i?.quantity),
            })),
          },
        })),
    )
    return new WorkflowResponse(sendNotificationsStep(notifications))
  },
)
