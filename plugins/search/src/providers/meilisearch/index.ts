import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { MeilisearchSearchService } from "./service"

/**
 * `resolve: "@ocop/search/providers/meilisearch"`, registered only when MEILISEARCH_HOST is set
 * (backend/src/config/search.ts).
 */
export default ModuleProvider(Modules.SEARCH, { services: [MeilisearchSearchService] })
