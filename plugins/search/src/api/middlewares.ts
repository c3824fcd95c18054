import { configureStoreSearch, defineMiddlewares } from "@medusajs/framework/http"
import { MEILISEARCH_INDEX, PRODUCT_INDEX } from "../search-mirror/config"
import { routeProductSearches } from "../search-mirror/route-searches"
import { requireTextQuery } from "./store/search/validators"

export default defineMiddlewares({
  routes: [
    {
      // Shoppers search the product index (src/search) only; Medusa's route ANDs in
      // status = published (listed) and the publishable key's sales channels.
      matcher: "/store/search",
      middlewares: [
        requireTextQuery,
        configureStoreSearch({ allowed_indexes: { [PRODUCT_INDEX]: true, [MEILISEARCH_INDEX]: true } }),
        // Served by Meilisearch while its mirror is current, by PostgreSQL otherwise (decision 008).
        routeProductSearches,
      ],
    },
  ],
})
