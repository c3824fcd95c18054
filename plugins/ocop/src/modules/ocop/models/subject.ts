import { model } from "@medusajs/framework/utils"
import { AdminUnit } from "./admin-unit"
import { Certificate } from "./certificate"

/** An OCOP subject (chủ thể): the producer that holds certificates. */
export const Subject = model.define(
  { name: "subject", tableName: "ocop_subject" },
  {
    id: model.id({ prefix: "osub" }).primaryKey(),
    key: model.text().unique(),
    name: model.text().searchable(),
    type: model.enum(["enterprise", "cooperative", "cooperative_group", "household"]),
    tax_code: model.text().nullable(),
    /** Where renewal notices go; without it they go to the OCOP office only. */
    email: model.text().nullable(),
    /** The commune code as the registry gives it (possibly a unit that has since ended). */
    commune_code: model.text().index(),
    /** Today's commune, resolved through the succession of units; what a shopper sees. */
    commune: model.belongsTo(() => AdminUnit, { mappedBy: "subjects" }).nullable(),
    legacy_locality: model.text().nullable(),
    story_vi: model.text().nullable(),
    story_en: model.text().nullable(),
    certificates: model.hasMany(() => Certificate, { mappedBy: "subject" }),
  },
)
