import { model } from "@medusajs/framework/utils"
import { CERTIFICATE_STATUSES, REVOCATION_REASONS } from "@ocop/core"
import { Subject } from "./subject"

/**
 * An OCOP certificate: the decision that recognised a product at a star level.
 * Dates are Vietnamese calendar days ("YYYY-MM-DD"), see @ocop/core dates.
 */
export const Certificate = model
  .define(
    { name: "certificate", tableName: "ocop_certificate" },
    {
      id: model.id({ prefix: "ocert" }).primaryKey(),
      number: model.text().unique(),
      stars: model.number(),
      score: model.float(),
      score_a: model.float(),
      score_b: model.float(),
      score_c: model.float(),
      framework_code: model.text(),
      decision_number: model.text(),
      decision_date: model.text(),
      authority: model.text(),
      valid_from: model.text(),
      valid_until: model.text().index(),
      status: model.enum([...CERTIFICATE_STATUSES]).default("active"),
      status_reason: model.enum([...REVOCATION_REASONS]).nullable(),
      status_decision_number: model.text().nullable(),
      status_decision_date: model.text().nullable(),
      superseded_by: model.text().nullable(),
      subject: model.belongsTo(() => Subject, { mappedBy: "certificates" }),
    },
  )
  .checks([
    { name: "certificate_stars_range", expression: (c) => `${c.stars} between 1 and 5` },
    { name: "certificate_score_range", expression: (c) => `${c.score} between 0 and 100` },
  ])
