import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { applyListingRuleWorkflow } from "../workflows/listing/apply-listing-rule"
import { CertificateEvents, type CertificateEventPayload } from "../workflows/certificates/events"

/** Any certificate change re-applies the listing rule to its products (idempotent). */
export default async function certificateChanged({ event, container }: SubscriberArgs<CertificateEventPayload>) {
  if (!event.data.product_ids?.length) return
  await applyListingRuleWorkflow(container).run({ input: { product_ids: event.data.product_ids } })
}

export const config: SubscriberConfig = { event: Object.values(CertificateEvents) }
