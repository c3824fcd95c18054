import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { messageLanguage } from "@ocop/core"
import { orderConfirmationEmail, type AppliedTerms, type ConfirmedOrder } from "../../emails/order-confirmation"
import { storefrontUrl } from "../../emails/storefront-url"

export const ORDER_CONFIRMATION_TEMPLATE = "order-placed"

/**
 * `terms`: the terms of sale in force when the order was placed, from the policies' versions; the
 * e-mail names them when given.
 */
export type SendOrderConfirmationInput = { id: string; terms?: AppliedTerms | null }

/**
 * E-mails the shopper a confirmation of a placed order, in the language the order was placed in
 * (its locale, as the storefront records it on the cart): the lines, the totals the checkout showed,
 * how to pay a VietQR transfer, where to see the order and how to complain. The idempotency key
 * makes a redelivered `order.placed` event send nothing twice.
 */
export const sendOrderConfirmationWorkflow = createWorkflow(
  "send-order-confirmation",
  (input: SendOrderConfirmationInput) => {
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: [
        "id",
        "display_id",
        "email",
        "locale",
        "currency_code",
        "item_total",
        "shipping_total",
        "tax_total",
        "total",
        "items.title",
        "items.variant_title",
        "items.quantity",
        "items.unit_price",
        "items.total",
        "payment_collections.payments.provider_id",
        "payment_collections.payments.data",
      ],
      filters: { id: input.id },
      options: { throwIfKeyNotFound: true },
    })
    const notifications = transform({ orders, input }, ({ orders, input }) =>
      orders
        .filter((order) => Boolean(order.email))
        .map((order) => ({
          to: order.email as string,
          channel: "email",
          template: ORDER_CONFIRMATION_TEMPLATE,
          trigger_type: "order.placed",
          resource_id: order.id,
          resource_type: "order",
          idempotency_key: `order-placed-${order.id}`,
          data: orderConfirmationEmail(order as unknown as ConfirmedOrder, {
            lang: messageLanguage(order.locale),
            storefront: storefrontUrl(),
            terms: input.terms,
          }),
        })),
    )
    return new WorkflowResponse(sendNotificationsStep(notifications))
  },
)
