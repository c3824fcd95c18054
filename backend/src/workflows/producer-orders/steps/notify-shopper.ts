import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { storefrontPageUrl } from "@ocop/core"
import { shopperNewsEmail, type ShopperNews, type ShopperNewsFacts } from "../../../emails/shopper-news"
import { subjectNames } from "../../../access/producer"
import { producerOf } from "../../producer/steps/producer-of"
import { shopperOf, storefrontUrl } from "../notifications"

export const SHOPPER_TEMPLATES: Record<ShopperNews, string> = {
  shipped: "order-shipment-shipped",
  delivered: "order-shipment-delivered",
  line_canceled: "order-line-canceled",
}

export const notifyShopperStepId = "notify-shopper-of-shipment"
/**
 * E-mails the shopper what happened to one producer's part of its order, in the order's language,
 * through Medusa's notification module: shipped (carrier and tracking number), delivered, or a line
 * cancelled (its reason and what is refunded); subject and text from `emails/shopper-news.ts`. The
 * idempotency key sends each news once.
 */
export const notifyShopperStep = createStep(
  notifyShopperStepId,
  async (input: { part_id: string; news: ShopperNews; line_id?: string; refunded?: number }, { container }) => {
    const part = await producerOf(container).retrieveProducerOrder(input.part_id, { relations: ["lines"] })
    const shopper = await shopperOf(container, part.order_id)
    if (!shopper?.email) return new StepResponse(0)
    const [producer] = await producerOf(container).listProducers({ id: part.producer_id }, { withDeleted: true })
    const name = (await subjectNames(container, [producer.subject_id])).get(producer.subject_id) ?? ""
    const line = part.lines?.find((l) => l.id === input.line_id)
    const facts: ShopperNewsFacts = {
      display_id: shopper.display_id,
      producer: name,
      carrier: part.carrier,
      tracking_number: part.tracking_number,
      items: (part.lines ?? [])
        .filter((l) => (line ? l.id === line.id : !l.canceled_at))
        .map((l) => ({ title: l.title, variant_title: l.variant_title, quantity: l.quantity })),
      reason: line?.cancel_reason ?? null,
      refunded: input.refunded ?? 0,
      // The lookup page opens the order for a guest and a signed-in shopper alike.
      url: storefrontPageUrl(storefrontUrl(), shopper.lang, "orderLookup", { number: shopper.display_id }),
    }
    await container.resolve(Modules.NOTIFICATION).createNotifications({
      to: shopper.email,
      channel: "email",
      template: SHOPPER_TEMPLATES[input.news],
      trigger_type: `producer_order.${input.news}`,
      resource_id: part.order_id,
      resource_type: "order",
      idempotency_key: `${input.news}-${part.id}${line ? `-${line.id}` : ""}`,
      data: { lang: shopper.lang, ...facts, ...shopperNewsEmail(input.news, facts, shopper.lang) },
    })
    return new StepResponse(1)
  },
)
