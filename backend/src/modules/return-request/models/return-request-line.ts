import { model } from "@medusajs/framework/utils"
import { ReturnRequest } from "./return-request"

/** One line going back: the producer's line of the part, Medusa's order item, how many, at what price. */
export const ReturnRequestLine = model.define(
  { name: "return_request_line", tableName: "return_request_line" },
  {
    id: model.id({ prefix: "rrql" }).primaryKey(),
    line_id: model.text().index(),
    item_id: model.text(),
    title: model.text(),
    variant_title: model.text().nullable(),
    quantity: model.number(),
    unit_price: model.number(),
    return_request: model.belongsTo(() => ReturnRequest, { mappedBy: "lines" }),
  },
)
