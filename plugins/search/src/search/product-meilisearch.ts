import { defineSearchIndex } from "@medusajs/framework/utils"
import { MEILISEARCH_INDEX, meilisearchConfigured } from "../search-mirror/config"
import { meilisearchSynonyms } from "../search-mirror/synonyms"
import { productSearchFields, seedProducts } from "./_product-source"

/**
 * The Meilisearch mirror of the product index, declared only when MEILISEARCH_HOST is set (a
 * definition naming an unregistered provider stops the boot). It declares no events on purpose:
 * the Search Module writes an event to its indexes one after another and stops at the first
 * failure, so a Meilisearch outage would starve the PostgreSQL index. The mirror follows the same
 * events through its own subscriber instead (subscribers/meilisearch-mirror.ts).
 */
if (meilisearchConfigured()) {
  defineSearchIndex({
    name: MEILISEARCH_INDEX,
    entity: "product",
    provider: "meilisearch",
    fields: productSearchFields,
    settings: { provider_options: { meilisearch: { synonyms: meilisearchSynonyms() } } },
    seed: seedProducts,
  })
}
