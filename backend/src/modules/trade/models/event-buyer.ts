import { model } from "@medusajs/framework/utils"
import { TradeEvent } from "./trade-event"

/** A business attending an event as a buyer (registered by itself, or by requesting a meeting there). */
export const EventBuyer = model
  .define(
    { name: "event_buyer", tableName: "trade_event_buyer" },
    {
      id: model.id({ prefix: "tevb" }).primaryKey(),
      event: model.belongsTo(() => TradeEvent, { mappedBy: "buyers" }),
      business_id: model.text(),
    },
  )
  .indexes([{ on: ["event_id", "business_id"], unique: true, where: "deleted_at IS NULL" }])
