import { model } from "@medusajs/framework/utils"
import { CARRIERS, PAYMENT_METHODS, RETURN_REASONS, RETURN_STATUSES } from "@ocop/core"
import { ReturnRequestLine } from "./return-request-line"

/**
 * A shopper's request to return goods of one delivered shipment (a producer's part of an order),
 * and what became of it. Medusa's return (`return_id`) exists only once the request is accepted, so
 * a refused request leaves the order as it was. The refund account is personal data: kept only
 * until the refund is done (or the shopper's erasure), then emptied.
 */
export const ReturnRequest = model
  .define(
    { name: "return_request", tableName: "return_request" },
    {
      id: model.id({ prefix: "rreq" }).primaryKey(),
      order_id: model.text().index(),
      display_id: model.number(),
      /** The producer's part of the order the goods came in, and its producer. */
      part_id: model.text(),
      producer_id: model.text(),
      /** The customer who asked (null for a guest with the order's link). */
      customer_id: model.text().nullable(),
      status: model.enum([...RETURN_STATUSES]).default("requested"),
      reason: model.enum([...RETURN_REASONS]),
      note: model.text().nullable(),
      /** Private files of the File Module, re-encoded WebP without metadata. */
      photo_file_ids: model.json().default({ ids: [] }),
      /** What is paid back (whole VND): the lines' value. */
      amount: model.number(),
      payment_method: model.enum([...PAYMENT_METHODS]),
      decided_at: model.dateTime().nullable(),
      decided_by: model.text().nullable(),
      decision_note: model.text().nullable(),
      /** Medusa's return, from acceptance on; received at the stock location the part shipped from. */
      return_id: model.text().nullable(),
      location_id: model.text().nullable(),
      carrier: model.enum([...CARRIERS]).nullable(),
      tracking_number: model.text().nullable(),
      shipped_back_at: model.dateTime().nullable(),
      received_at: model.dateTime().nullable(),
      received_by: model.text().nullable(),
      refund_bank_bin: model.text().nullable(),
      refund_account_number: model.text().nullable(),
      refund_account_holder: model.text().nullable(),
      refunded_at: model.dateTime().nullable(),
      refunded_by: model.text().nullable(),
      refund_reference: model.text().nullable(),
      /** The card refund's state as Stripe's signed events report it (`pending`, `succeeded`, `failed`). */
      stripe_payment_intent: model.text().nullable(),
      stripe_refund_status: model.text().nullable(),
      lines: model.hasMany(() => ReturnRequestLine, { mappedBy: "return_request" }),
    },
  )
  .indexes([
    { on: ["producer_id", "status", "created_at"], where: "deleted_at IS NULL" },
    { on: ["status", "created_at"], where: "deleted_at IS NULL" },
  ])
