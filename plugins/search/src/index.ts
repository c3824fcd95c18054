/**
 * The search plugin's contract: what the backend, scripts and tests may call. Importing it
 * registers nothing; Medusa loads the indexes, providers, routes, subscriber and job from the
 * plugin's folders, and the providers are resolved by their own package paths
 * (`@ocop/search/providers/search-vietnamese`, `@ocop/search/providers/meilisearch`).
 */
export { MEILISEARCH_INDEX, meilisearchConfigured, PRODUCT_INDEX } from "./search-mirror/config"
export { meilisearchServes } from "./search-mirror/health"
export { rebuildMirror, recoverMirror } from "./search-mirror/rebuild"
export { syncMirror } from "./search-mirror/sync"
export { searchStatus, type SearchIndexState, type SearchStatus } from "./status/search-status"
export type { MeilisearchOptions } from "./providers/meilisearch/service"
