import { model } from "@medusajs/framework/utils"
import { BANK_TRANSFER_STATUSES } from "@ocop/core"

/**
 * One incoming transfer as the bank reported it, and what the shop made of it. The bank's
 * transaction id is unique: a notification delivered twice is recognised and never counted twice.
 */
export const BankTransfer = model
  .define("bank_transfer", {
    id: model.id({ prefix: "btx" }).primaryKey(),
    transaction_id: model.text().unique(),
    account_number: model.text(),
    /** Whole đồng, as received. */
    amount: model.bigNumber(),
    description: model.text(),
    received_at: model.dateTime(),
    /** The payment reference found in the note, if any. */
    reference: model.text().nullable(),
    /**
     * matched: captured the order's payment. unmatched: no reference, an unknown one, or another
     * account. underpaid: less than the order's amount, not captured. already_paid: the order was
     * paid before (a second transfer). All but matched need an official (docs/payments.md).
     */
    status: model.enum([...BANK_TRANSFER_STATUSES]),
    payment_id: model.text().nullable(),
    order_id: model.text().nullable(),
  })
  .indexes([
    { on: ["reference"], where: "reference IS NOT NULL" },
    { on: ["order_id"], where: "order_id IS NOT NULL" },
  ])
