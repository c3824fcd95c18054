import { model } from "@medusajs/framework/utils"

/**
 * Where the operator pays a producer: its bank (the VietQR/NAPAS bank code, BIN) and account,
 * and the account holder's name as the bank knows it. Set by the producer's owner; read into the
 * bank batch file of a month's payouts.
 */
export const ProducerPayoutAccount = model
  .define(
    { name: "producer_payout_account", tableName: "producer_payout_account" },
    {
      id: model.id({ prefix: "ppay" }).primaryKey(),
      producer_id: model.text(),
      bank_bin: model.text(),
      account_number: model.text(),
      account_holder: model.text(),
      updated_by_id: model.text().nullable(),
    },
  )
  .indexes([{ on: ["producer_id"], unique: true, where: "deleted_at IS NULL" }])
