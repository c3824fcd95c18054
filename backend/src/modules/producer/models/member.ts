import { model } from "@medusajs/framework/utils"
import { PRODUCER_ROLES } from "@ocop/core"

/**
 * A customer account acting for a producer, as its owner or as staff. An account acts for one
 * producer at most, so the guard finds its producer from the account alone, in one query.
 */
export const ProducerMember = model
  .define(
    { name: "producer_member", tableName: "producer_member" },
    {
      id: model.id({ prefix: "pmem" }).primaryKey(),
      producer_id: model.text().index(),
      customer_id: model.text(),
      /** The account's e-mail when it joined (the invitation's, for staff), as the members list shows it. */
      email: model.text(),
      role: model.enum([...PRODUCER_ROLES]),
    },
  )
  .indexes([{ on: ["customer_id"], unique: true, where: "deleted_at IS NULL" }])
