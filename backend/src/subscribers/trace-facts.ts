import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { forgetProducts } from "../lib/trace/resolve"

type Payload = { id?: string | string[]; product_id?: string; product_ids?: string[] }

/**
 * Listing, certificate, product and lot changes drop the resolver's cached facts of the products
 * concerned, so the next scan reads them again. (The scan page reads certificate state live too.)
 */
export default async function traceFacts({ event }: SubscriberArgs<Payload>) {
  const d = event.data
  const ids = [d.product_ids ?? d.product_id ?? (event.name.startsWith("product.") ? d.id : undefined) ?? []].flat()
  forgetProducts(ids.length ? ids : undefined)
}

export const config: SubscriberConfig = {
  event: ["ocop.product.certification_changed", "product.updated", "product.deleted", "traceability.lot.changed"],
}
