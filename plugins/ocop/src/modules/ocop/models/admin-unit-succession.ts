import { model } from "@medusajs/framework/utils"

/** Old unit → new unit (merge, split, rename), so an old address maps to today's commune. */
export const AdminUnitSuccession = model
  .define(
    { name: "admin_unit_succession", tableName: "ocop_admin_unit_succession" },
    {
      id: model.id({ prefix: "osucc" }).primaryKey(),
      from_code: model.text().index(),
      to_code: model.text().index(),
      effective_date: model.text(),
      type: model.enum(["merge", "split", "rename", "partial"]),
    },
  )
  .indexes([{ on: ["from_code", "to_code"], unique: true }])
