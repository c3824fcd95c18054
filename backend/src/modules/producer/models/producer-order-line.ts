import { model } from "@medusajs/framework/utils"
import { ProducerOrder } from "./producer-order"

/**
 * One order line a producer supplies, as placed: the Medusa line item, its quantity and unit price
 * (whole VND, tax included), and the product group whose fee rate the settlement applies. A line the
 * producer cannot supply is cancelled with a reason (the order is edited through Medusa's order
 * edit, and `refunded` records what went back to the shopper).
 */
export const ProducerOrderLine = model.define(
  { name: "producer_order_line", tableName: "producer_order_line" },
  {
    id: model.id({ prefix: "pordl" }).primaryKey(),
    item_id: model.text().index(),
    product_id: model.text(),
    variant_id: model.text().nullable(),
    title: model.text(),
    variant_title: model.text().nullable(),
    quantity: model.number(),
    unit_price: model.number(),
    /** The product's OCOP group (category handle), for the operator's fee rate. */
    product_group: model.text().nullable(),
    canceled_at: model.dateTime().nullable(),
    cancel_reason: model.text().nullable(),
    canceled_by_id: model.text().nullable(),
    /** When Medusa's order edit dropped it: only then is its refund due (the order's total fell). */
    order_edited_at: model.dateTime().nullable(),
    /** Paid back to the shopper for this line; set once, by whichever path refunds first. */
    refunded: model.number().default(0),
    refunded_at: model.dateTime().nullable(),
    producer_order: model.belongsTo(() => ProducerOrder, { mappedBy: "lines" }),
  },
)
