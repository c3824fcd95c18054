import { model } from "@medusajs/framework/utils"
import { TradeEvent } from "./trade-event"

/** A producer (OCOP subject) exhibiting at an event: its booth and the products it shows. */
export const Exhibitor = model
  .define(
    { name: "exhibitor", tableName: "trade_exhibitor" },
    {
      id: model.id({ prefix: "texh" }).primaryKey(),
      event: model.belongsTo(() => TradeEvent, { mappedBy: "exhibitors" }),
      subject_id: model.text(),
      booth: model.text().nullable(),
      product_ids: model.array().default([]),
    },
  )
  .indexes([{ on: ["event_id", "subject_id"], unique: true, where: "deleted_at IS NULL" }])
