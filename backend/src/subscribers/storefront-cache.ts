import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CERTIFICATION_CHANGED_EVENT } from "@ocop/core"
import { CacheTags } from "@ocop/core/revalidation"
import { followSearchIndex } from "../propagation/search-follow-up"
import { PRODUCER_CATALOGUE_CHANGED } from "../workflows/producer/edit-product"
import { storefrontRevalidation } from "../propagation/storefront-revalidation"
import { REVIEWS_CHANGED } from "../workflows/reviews/steps/reviews-of"

type Payload = { id?: string | string[]; product_ids?: string[] }

/**
 * Listing or product changes expire the storefront's cached catalogue ("products") and the pages of
 * the products concerned ("product:<handle>"), so a revoked product leaves them at once. Deleted
 * products are soft-deleted in Medusa, so their handle can still be read. Pages built from search
 * results (the home page) may have been refilled in the moment before the search index followed the
 * same event, so "products" is expired a second time once the index agrees with the database.
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
  if (ids.length) followSearchIndex(container, ids)
}

export const config: SubscriberConfig = {
  // A producer's edit changes variants and translations too, for which Medusa emits no product event.
  event: [
    "product.created",
    "product.updated",
    "product.deleted",
    CERTIFICATION_CHANGED_EVENT,
    PRODUCER_CATALOGUE_CHANGED,
    // A review approved or replied to changes its product's page (its reviews and structured data).
    REVIEWS_CHANGED,
  ],
}
