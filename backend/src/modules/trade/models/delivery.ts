import { model } from "@medusajs/framework/utils"
import { Agreement } from "./agreement"

/** Who must still act on a delivery: only a confirmed one counts towards the contract's value. */
export const DELIVERY_STATUSES = ["pending", "confirmed", "disputed"] as const

/**
 * A delivery against a contract: entered by hand, or taken from a linked marketplace order. One
 * party records it; it counts once the other party (or an official) confirms it.
 */
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
    status: model.enum([...DELIVERY_STATUSES]).default("pending"),
    /** The business or official who confirmed or disputed it. */
    confirmed_by: model.text().nullable(),
    confirmed_at: model.dateTime().nullable(),
    /** Its confirmation took the confirmed total above the agreement's value. */
    over_delivery: model.boolean().default(false),
  },
)
