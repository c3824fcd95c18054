import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { messageLanguage, storefrontPageUrl } from "@ocop/core"
import {
  producerReturnEmail,
  returnNewsEmail,
  type ReturnNews,
  type ReturnNewsFacts,
} from "../../../emails/return-news"
import { memberEmails, shopperOf, storefrontUrl } from "../../producer-orders/notifications"
import { returnsOf } from "./returns-of"

export const notifyReturnStepId = "notify-return-news"
/**
 * E-mails the shopper each step of its return, in the order's language, through Medusa's
 * notification module (templates `return-<news>`, subject and text from `emails/return-news.ts`); a
 * new request is also e-mailed to the producer's members (`producer-return-requested`: the lines and
 * reason, nothing of the shopper). The idempotency key sends each news once.
 */
export const notifyReturnStep = createStep(
  notifyReturnStepId,
  async (input: { id: string; news: ReturnNews }, { container }) => {
    const ret = await returnsOf(container).retrieveReturnRequest(input.id, { relations: ["lines"] })
    const shopper = await shopperOf(container, ret.order_id)
    const notifications = container.resolve(Modules.NOTIFICATION)
    const items = (ret.lines ?? []).map((l) => ({
      title: l.title,
      variant_title: l.variant_title,
      quantity: l.quantity,
    }))
    const common = { display_id: ret.display_id, items, amount: ret.amount, reason: ret.reason }
    const sent: unknown[] = []
    if (shopper?.email) {
      const facts: ReturnNewsFacts = {
        display_id: ret.display_id,
        items,
        amount: ret.amount,
        decision_note: ret.decision_note,
        refund_reference: ret.refund_reference,
        url: storefrontPageUrl(storefrontUrl(), shopper.lang, "orderLookup", { number: ret.display_id }),
      }
      sent.push({
        to: shopper.email,
        channel: "email",
        template: `return-${input.news}`,
        trigger_type: `return_request.${input.news}`,
        resource_id: ret.order_id,
        resource_type: "order",
        idempotency_key: `return-${input.news}-${ret.id}`,
        data: {
          ...common,
          ...facts,
          lang: shopper.lang,
          payment_method: ret.payment_method,
          ...returnNewsEmail(input.news, facts, shopper.lang),
        },
      })
    }
    // Producers record no language of their own yet: the rule then writes Vietnamese.
    const lang = messageLanguage()
    const url = `${storefrontUrl()}/${lang}/account/producer/returns/${ret.id}`
    if (input.news === "requested")
      for (const to of await memberEmails(container, ret.producer_id))
        sent.push({
          to,
          channel: "email",
          template: "producer-return-requested",
          trigger_type: "return_request.requested",
          resource_id: ret.id,
          resource_type: "return_request",
          idempotency_key: `producer-return-requested-${ret.id}-${to}`,
          data: {
            ...common,
            note: ret.note,
            url,
            lang,
            ...producerReturnEmail({ ...common, note: ret.note, url }, lang),
          },
        })
    if (sent.length) await notifications.createNotifications(sent as never)
    return new StepResponse(sent.length)
  },
)
