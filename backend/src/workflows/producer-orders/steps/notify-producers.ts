import { Modules } from "@medusajs/framework/utils"
import { messageLanguage } from "@ocop/core"
import { producerOrderEmail } from "../../../emails/producer-emails"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { memberEmails, storefrontUrl } from "../notifications"
import type { RoutingPlan } from "./plan-routing"

export const PRODUCER_ORDER_TEMPLATE = "producer-order-placed"

export const notifyProducersStepId = "notify-producers-of-order"
/**
 * E-mails each producer's members its new part of an order, through Medusa's notification module:
 * the order number, its own lines and how it is delivered, and the link to the part. Nothing of the
 * shopper: the address is read in the workspace. The idempotency key sends nothing twice.
 */
export const notifyProducersStep = createStep(
  notifyProducersStepId,
  async (input: { plan: RoutingPlan; parts: { id: string; producer_id: string }[] }, { container }) => {
    const notifications = []
    // Producers record no language of their own yet: the rule then writes Vietnamese.
    const lang = messageLanguage()
    for (const part of input.parts) {
      const planned = input.plan.parts.find((p) => p.producer_id === part.producer_id)!
      const lines = planned.lines.map((l) => ({ title: l.title, variant_title: l.variant_title, quantity: l.quantity }))
      const url = `${storefrontUrl()}/${lang}/account/producer/orders/${part.id}`
      const email = producerOrderEmail({ display_id: input.plan.display_id, lines, url }, lang)
      for (const to of await memberEmails(container, part.producer_id))
        notifications.push({
          to,
          channel: "email",
          template: PRODUCER_ORDER_TEMPLATE,
          trigger_type: "order.placed",
          resource_id: part.id,
          resource_type: "producer_order",
          idempotency_key: `producer-order-placed-${part.id}-${to}`,
          data: { lang, display_id: input.plan.display_id, kind: input.plan.kind, lines, url, ...email },
        })
    }
    if (notifications.length) await container.resolve(Modules.NOTIFICATION).createNotifications(notifications)
    return new StepResponse(notifications.length)
  },
)
