import { model } from "@medusajs/framework/utils"

/**
 * One official's access to personal data in the admin: who (the admin user), what (method and
 * path: the record's id is in it; never the query, which may carry a name or an e-mail) and when
 * (created_at). Kept for the period docs/compliance.md states, then removed by a daily job.
 */
export const PersonalDataAccess = model
  .define(
    { name: "personal_data_access", tableName: "personal_data_access" },
    {
      id: model.id({ prefix: "pda" }).primaryKey(),
      actor_id: model.text(),
      method: model.text(),
      path: model.text(),
      status: model.number(),
    },
  )
  .indexes([{ on: ["created_at"] }, { on: ["actor_id", "created_at"] }])
