import { model } from "@medusajs/framework/utils"
import { CARRIERS, PAYMENT_METHODS, PRODUCER_ORDER_STATUSES } from "@ocop/core"
import { ProducerOrderLine } from "./producer-order-line"

/**
 * One producer's part of a Medusa order: the lines it supplies, made when the order is placed
 * (`route-order-to-producers`), shipped as one Medusa fulfilment from `location_id`. Money and the
 * placement facts are copied from the order at that moment, so a producer's list and a month's
 * statement read one table instead of every order; the order stays the record they came from.
 */
export const ProducerOrder = model
  .define(
    { name: "producer_order", tableName: "producer_order" },
    {
      id: model.id({ prefix: "pord" }).primaryKey(),
      order_id: model.text().index(),
      producer_id: model.text(),
      display_id: model.number(),
      placed_at: model.dateTime(),
      status: model.enum([...PRODUCER_ORDER_STATUSES]).default("new"),
      /** Home delivery, or pickup at a sales point (then the producer sees no address). */
      kind: model.enum(["delivery", "pickup"]),
      /** The stock location it ships from: the producer's warehouse, or the pickup point holding its stock. */
      location_id: model.text().nullable(),
      payment_method: model.enum([...PAYMENT_METHODS]),
      /** The producer's share of the order's delivery fee (whole VND). */
      delivery_fee: model.number().default(0),
      fulfillment_id: model.text().nullable(),
      carrier: model.enum([...CARRIERS]).nullable(),
      tracking_number: model.text().nullable(),
      confirmed_at: model.dateTime().nullable(),
      shipped_at: model.dateTime().nullable(),
      delivered_at: model.dateTime().nullable(),
      canceled_at: model.dateTime().nullable(),
      /** Who moved it last (a member's customer id), for the record. */
      updated_by_id: model.text().nullable(),
      lines: model.hasMany(() => ProducerOrderLine, { mappedBy: "producer_order" }),
    },
  )
  .indexes([
    { on: ["order_id", "producer_id"], unique: true, where: "deleted_at IS NULL" },
    // A producer's list, newest first, filtered by state.
    { on: ["producer_id", "placed_at"], where: "deleted_at IS NULL" },
    { on: ["producer_id", "status", "placed_at"], where: "deleted_at IS NULL" },
  ])
