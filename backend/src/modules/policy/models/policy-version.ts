import { model } from "@medusajs/framework/utils"
import { POLICY_KINDS } from "@ocop/core"

/**
 * One published version of a policy, in Vietnamese and English. Versions are never edited or
 * deleted once published: a consent names the version it was given to, and that text must stay
 * readable as it was. A correction is a new version.
 */
export const PolicyVersion = model
  .define(
    { name: "policy_version", tableName: "policy_version" },
    {
      id: model.id({ prefix: "polv" }).primaryKey(),
      kind: model.enum([...POLICY_KINDS]),
      /** The operator's label ("1.0", "2026-07"). */
      version: model.text(),
      title_vi: model.text(),
      title_en: model.text(),
      /** Plain text in the small structure of `parsePolicyText` (@ocop/core), never HTML. */
      body_vi: model.text(),
      body_en: model.text(),
      effective_at: model.dateTime(),
      published_at: model.dateTime(),
      /** The official who published it. */
      published_by: model.text(),
    },
  )
  .indexes([{ on: ["kind", "version"], unique: true }])
