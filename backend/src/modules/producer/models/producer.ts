import { model } from "@medusajs/framework/utils"
import { PRODUCER_STATUSES } from "@ocop/core"

/**
 * An OCOP subject acting as a seller: opened when an official verifies a producer's business
 * account (its owner is that account's customer), closed when the account is rejected or released.
 * An official may suspend its access with a reason; every member is then refused until restored.
 */
export const Producer = model
  .define(
    { name: "producer", tableName: "producer" },
    {
      id: model.id({ prefix: "pdr" }).primaryKey(),
      /** The OCOP subject it acts for (OCOP plugin); one open producer per subject. */
      subject_id: model.text(),
      /** The verified business account (trade module) that opened it. */
      business_id: model.text().index(),
      status: model.enum([...PRODUCER_STATUSES]).default("active"),
      suspension_reason: model.text().nullable(),
      suspended_at: model.dateTime().nullable(),
    },
  )
  .indexes([{ on: ["subject_id"], unique: true, where: "deleted_at IS NULL" }])
