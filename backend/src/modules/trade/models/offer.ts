import { model } from "@medusajs/framework/utils"

/** A producer's supply: one listed product, what it can deliver a month, its price range in VND. */
export const Offer = model.define(
  { name: "offer", tableName: "trade_offer" },
  {
    id: model.id({ prefix: "tof" }).primaryKey(),
    business_id: model.text().index(),
    product_id: model.text().index(),
    monthly_capacity: model.number(),
    price_min: model.number(),
    price_max: model.number(),
    /** How far the producer delivers from its place, or null for anywhere. */
    delivery_radius_km: model.number().nullable(),
    /** Certifications besides OCOP (VietGAP, HACCP …). */
    certifications: model.array().default([]),
    note: model.text().nullable(),
    status: model.enum(["open", "closed"]).default("open"),
  },
)
