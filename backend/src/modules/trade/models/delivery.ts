import { model } from "@medusajs/framework/utils"
import { Agreement } from "./agreement"

/** A delivery against a contract: entered by hand, or taken from a linked marketplace order. */
export const Delivery = model.define(
  { name: "delivery", tableName: "trade_delivery" },
  {
    id: model.id({ prefix: "tdl" }).primaryKey(),
    agreement: model.belongsTo(() => Agreement, { mappedBy: "deliveries" }),
    delivered_on: model.text(),
    quantity: model.number(),
    value: model.bigNumber(),
    order_id: model.text().nullable(),
    note: model.text().nullable(),
    recorded_by: model.text(),
  },
)
