import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { VietnameseSearchService } from "./service"

/**
 * `resolve: "@ocop/search/providers/search-vietnamese"` in place of
 * `@medusajs/medusa/search-postgres`, with the same options (backend/src/config/search.ts).
 */
export default ModuleProvider(Modules.SEARCH, { services: [VietnameseSearchService] })
