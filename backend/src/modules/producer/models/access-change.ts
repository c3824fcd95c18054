import { model } from "@medusajs/framework/utils"

/** One official's suspension or restoration of a producer's access, kept as its history. */
export const ProducerAccessChange = model.define(
  { name: "producer_access_change", tableName: "producer_access_change" },
  {
    id: model.id({ prefix: "pacc" }).primaryKey(),
    producer_id: model.text().index(),
    action: model.enum(["suspend", "restore"]),
    reason: model.text().nullable(),
    official_id: model.text(),
  },
)
