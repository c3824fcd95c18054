import { model } from "@medusajs/framework/utils"

/** A legal framework of the programme; thresholds are data so a new decision needs no code. */
export const LegalFramework = model.define(
  { name: "legal_framework", tableName: "ocop_legal_framework" },
  {
    id: model.id({ prefix: "ofw" }).primaryKey(),
    code: model.text().unique(),
    name: model.text(),
    effective_from: model.text(),
    effective_to: model.text().nullable(),
    star_bands: model.json<{ stars: 1 | 2 | 3 | 4 | 5; min_score: number }[]>(),
    min_certified_stars: model.number(),
    validity_months: model.number(),
    renewal_notice_days: model.number(),
    score_parts_max: model.json<{ A: number; B: number; C: number }>(),
    recognised_by: model.json<Partial<Record<"1" | "2" | "3" | "4" | "5", string>>>(),
  },
)
