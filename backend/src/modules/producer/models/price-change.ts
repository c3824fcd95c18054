import { model } from "@medusajs/framework/utils"

/**
 * One change of a variant's VND price made through the producer workspace (or an official's
 * acceptance): who, when (`created_at`), the old and the new amount, kept as the price's history.
 * Whole VND: the shop's currency has no minor unit.
 */
export const ProducerPriceChange = model.define(
  { name: "producer_price_change", tableName: "producer_price_change" },
  {
    id: model.id({ prefix: "ppch" }).primaryKey(),
    producer_id: model.text().index(),
    product_id: model.text().index(),
    variant_id: model.text(),
    old_amount: model.number().nullable(),
    new_amount: model.number(),
    /** The customer's (member's) or the official's id, and the e-mail shown beside the change. */
    changed_by_id: model.text(),
    changed_by: model.text(),
  },
)
