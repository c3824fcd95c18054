import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { applyListingRuleWorkflow } from "../workflows/listing/apply-listing-rule"
import { CertificateEvents, type CertificateEventPayload } from "@ocop/core"

/**
 * A certificate change applies the listing rule to its products (idempotent),
 * unless the workflow that emitted it already did: a 20k-row registry run would
 * otherwise rerun the rule 20k times for nothing.
 */
export default async function certificateChanged({ event, container }: SubscriberArgs<CertificateEventPayload>) {
  if (!event.data.product_ids?.length || event.data.listing_applied) return
  await applyListingRuleWorkflow(container).run({ input: { product_ids: event.data.product_ids } })
}

export const config: SubscriberConfig = { event: Object.values(CertificateEvents) }
