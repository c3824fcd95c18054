import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import TraceabilityModule from "../modules/traceability"

/** A lot's product, read through the lot's own `product_id` (no link table: a lot has one product). */
export default defineLink(
  { linkable: TraceabilityModule.linkable.lot, field: "product_id" },
  ProductModule.linkable.product,
  { readOnly: true },
)
