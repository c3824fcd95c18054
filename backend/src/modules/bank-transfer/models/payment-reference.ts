import { model } from "@medusajs/framework/utils"

/**
 * Which payment a transfer-note reference belongs to, written when a VietQR order is placed. The
 * payment module keeps the reference only inside its JSON `data`, where finding it means reading
 * every payment (docs/decisions/007-vietqr-reconciliation.md); here it is one index lookup.
 */
export const PaymentReference = model.define("payment_reference", {
  id: model.id({ prefix: "pref" }).primaryKey(),
  reference: model.text().index(),
  /** One row per payment: a redelivered `order.placed` writes nothing twice. */
  payment_id: model.text().unique(),
  order_id: model.text(),
})
