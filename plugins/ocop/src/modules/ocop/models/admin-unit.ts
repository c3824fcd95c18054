import { model } from "@medusajs/framework/utils"
import { Subject } from "./subject"

/**
 * An administrative unit with its validity period. Districts ended on 30 June
 * 2025 and provinces merged; old units stay so history is never rewritten.
 */
export const AdminUnit = model.define(
  { name: "admin_unit", tableName: "ocop_admin_unit" },
  {
    id: model.id({ prefix: "ounit" }).primaryKey(),
    code: model.text().unique(),
    name: model.text().searchable(),
    level: model.enum(["province", "district", "commune"]),
    parent_code: model.text().nullable(),
    valid_from: model.text().nullable(),
    valid_to: model.text().nullable(),
    subjects: model.hasMany(() => Subject, { mappedBy: "commune" }),
  },
)
