import { model } from "@medusajs/framework/utils"
import { Agreement } from "./agreement"

/** A product in an agreement: quantity and unit price in VND. */
export const AgreementLine = model.define(
  { name: "agreement_line", tableName: "trade_agreement_line" },
  {
    id: model.id({ prefix: "tagl" }).primaryKey(),
    agreement: model.belongsTo(() => Agreement, { mappedBy: "lines" }),
    product_id: model.text().index(),
    title: model.text(),
    quantity: model.number(),
    unit_price: model.bigNumber(),
  },
)
