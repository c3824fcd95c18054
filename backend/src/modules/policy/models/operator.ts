import { model } from "@medusajs/framework/utils"
import { MOIT_STATUSES } from "@ocop/core"

/**
 * Who runs the marketplace, shown in every page's footer (Decree 52/2013/NĐ-CP as amended). One
 * row: the operator fills it in the admin, with its notification or registration at the Ministry
 * of Industry and Trade as the ministry's portal records it.
 */
export const PolicyOperator = model.define(
  { name: "policy_operator", tableName: "policy_operator" },
  {
    id: model.id({ prefix: "popr" }).primaryKey(),
    name: model.text(),
    address: model.text(),
    phone: model.text(),
    email: model.text(),
    /** Enterprise or tax registration number. */
    registration_number: model.text(),
    moit_status: model.enum([...MOIT_STATUSES]),
    moit_number: model.text().nullable(),
    moit_url: model.text().nullable(),
  },
)
