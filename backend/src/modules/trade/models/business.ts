import { model } from "@medusajs/framework/utils"
import { BUSINESS_STATUSES, BUSINESS_TYPES } from "@ocop/core"

/**
 * A customer account marked as a business. An official verifies it (and, for a producer, ties it
 * to its OCOP subject) before it can post offers or needs, request meetings or sign agreements.
 * Only a verified profile holds its tax code: anyone may apply with any code, so an applicant
 * learns nothing of other businesses and a rejected or squatting profile blocks nobody.
 */
export const Business = model
  .define(
    { name: "business", tableName: "trade_business" },
    {
      id: model.id({ prefix: "biz" }).primaryKey(),
      customer_id: model.text().unique(),
      company_name: model.text().searchable(),
      tax_code: model.text().index(),
      type: model.enum([...BUSINESS_TYPES]),
      /** The OCOP subject a producer's account speaks for; set by the official who verifies it. */
      subject_id: model.text().index().nullable(),
      commune_code: model.text().nullable(),
      latitude: model.float().nullable(),
      longitude: model.float().nullable(),
      phone: model.text().nullable(),
      status: model.enum([...BUSINESS_STATUSES]).default("pending"),
      verified_at: model.dateTime().nullable(),
      verified_by: model.text().nullable(),
      review_note: model.text().nullable(),
    },
  )
  .indexes([
    {
      name: "IDX_trade_business_tax_code_verified",
      on: ["tax_code"],
      unique: true,
      where: "status = 'verified' AND deleted_at IS NULL",
    },
  ])
