/** The shop's product index, on PostgreSQL: the one clients name, and the index of record. */
export const PRODUCT_INDEX = "product"

/**
 * The Meilisearch mirror of the product index (decision 008): configured by MEILISEARCH_HOST
 * (and MEILISEARCH_API_KEY), read by the index definition, the sync subscriber, the rebuild job
 * and the /store/search routing alike.
 */
export const MEILISEARCH_INDEX = "product_meili"

export function meilisearchConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  return !!env.MEILISEARCH_HOST?.trim()
}
