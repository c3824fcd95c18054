import { model } from "@medusajs/framework/utils"

/** A buyer's demand: a product set or keywords, how much by when, minimum stars, where, at what price. */
export const Need = model.define(
  { name: "need", tableName: "trade_need" },
  {
    id: model.id({ prefix: "tnd" }).primaryKey(),
    business_id: model.text().index(),
    title: model.text(),
    /** An OCOP product set code (e.g. "I.4.b"), or null to match on keywords. */
    group_code: model.text().nullable(),
    keywords: model.array().default([]),
    quantity: model.number(),
    min_stars: model.number().default(3),
    commune_code: model.text().nullable(),
    latitude: model.float().nullable(),
    longitude: model.float().nullable(),
    /** YYYY-MM-DD. */
    deadline: model.text(),
    price_ceiling: model.number().nullable(),
    status: model.enum(["open", "closed"]).default("open"),
  },
)
