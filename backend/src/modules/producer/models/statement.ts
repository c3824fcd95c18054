import { model } from "@medusajs/framework/utils"

/**
 * A producer's statement for a month of Vietnam's calendar: the figures a settlement run computed
 * from its parts of orders (never typed in), recomputed by each run while open, and frozen when an
 * official records the transfer that paid it (with the bank's reference).
 */
export const ProducerStatement = model
  .define(
    { name: "producer_statement", tableName: "producer_statement" },
    {
      id: model.id({ prefix: "pstm" }).primaryKey(),
      producer_id: model.text(),
      /** `YYYY-MM`. */
      month: model.text(),
      status: model.enum(["open", "paid"]).default("open"),
      orders: model.number().default(0),
      sales_cod: model.number().default(0),
      sales_vietqr: model.number().default(0),
      sales_stripe: model.number().default(0),
      delivery_fees: model.number().default(0),
      canceled_lines: model.number().default(0),
      canceled_value: model.number().default(0),
      refunds: model.number().default(0),
      refunds_on_sales: model.number().default(0),
      fee: model.number().default(0),
      net: model.number().default(0),
      computed_at: model.dateTime(),
      paid_at: model.dateTime().nullable(),
      paid_reference: model.text().nullable(),
      paid_by: model.text().nullable(),
    },
  )
  .indexes([
    { on: ["producer_id", "month"], unique: true, where: "deleted_at IS NULL" },
    { on: ["month", "status"], where: "deleted_at IS NULL" },
  ])
