import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CERTIFICATION_CHANGED_EVENT, TRACE_LOT_CHANGED_EVENT } from "@ocop/core"
import { forgetEverywhere } from "../resolver/facts-channel"

type Payload = { id?: string | string[]; product_id?: string; product_ids?: string[] }

/**
 * Listing, certificate, product and lot changes drop the resolver's cached facts of the products
 * concerned in every process that resolves codes, so the next scan reads them again. (The scan page
 * reads certificate state live too.)
 */
export default async function traceFacts({ event, container }: SubscriberArgs<Payload>) {
  const d = event.data
  const ids = [d.product_ids ?? d.product_id ?? (event.name.startsWith("product.") ? d.id : undefined) ?? []].flat()
  await forgetEverywhere(container, ids.length ? ids : undefined)
}

export const config: SubscriberConfig = {
  event: [CERTIFICATION_CHANGED_EVENT, "product.updated", "product.deleted", TRACE_LOT_CHANGED_EVENT],
}
