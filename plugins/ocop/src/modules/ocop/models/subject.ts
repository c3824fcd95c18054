import { model } from "@medusajs/framework/utils"
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
    commune_code: model.text().index(),
    legacy_locality: model.text().nullable(),
    story_vi: model.text().nullable(),
    story_en: model.text().nullable(),
    certificates: model.hasMany(() => Certificate, { mappedBy: "subject" }),
  },
)
