import { defineSearchIndex } from "@medusajs/framework/utils"
import { PRODUCT_INDEX } from "../search-mirror/config"
import { consumeProducts, PRODUCT_INDEX_EVENTS, productSearchFields, seedProducts } from "./_product-source"

/**
 * The shop's product search index, on PostgreSQL. Shoppers reach it through `POST /store/search`,
 * which adds the status and sales-channel filters; `query.search` does not.
 */
export default defineSearchIndex({
  name: PRODUCT_INDEX,
  entity: "product",
  fields: productSearchFields,
  events: PRODUCT_INDEX_EVENTS,
  consume: consumeProducts,
  seed: seedProducts,
})
