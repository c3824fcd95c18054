import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CacheTags } from "@ocop/core/revalidation"
import { storefrontRevalidation } from "../lib/storefront-revalidation"

type Payload = { id?: string | string[]; product_ids?: string[] }

/**
 * Listing or product changes expire the storefront's cached catalogue and search ("products") and
 * the pages of the products concerned ("product:<handle>"), so a revoked product leaves them at
 * once. Deleted products are soft-deleted in Medusa, so their handle can still be read.
 */
export default async function storefrontCache({ event, container }: SubscriberArgs<Payload>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const ids = [event.data.product_ids ?? event.data.id ?? []].flat()
  const tags: string[] = [CacheTags.products]
  if (ids.length) {
    const { data } = await container
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({ entity: "product", fields: ["handle"], filters: { id: ids }, withDeleted: true })
    tags.push(...data.map((p: { handle: string }) => CacheTags.product(p.handle)))
  }
  storefrontRevalidation(logger).enqueue(tags)
}

export const config: SubscriberConfig = {
  event: ["product.created", "product.updated", "product.deleted", "ocop.product.certification_changed"],
}
