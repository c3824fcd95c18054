import { model } from "@medusajs/framework/utils"
import { SALES_POINT_TYPES } from "@ocop/core"

/**
 * An OCOP sales point (điểm giới thiệu và bán sản phẩm OCOP). Its name, address, stock and pickup
 * are Medusa's own stock location; this record adds what the programme knows about the point. The
 * address is two-level (commune, province), as since 1 July 2025.
 */
export const SalesPoint = model.define(
  { name: "sales_point", tableName: "trade_sales_point" },
  {
    id: model.id({ prefix: "tsp" }).primaryKey(),
    key: model.text().unique(),
    stock_location_id: model.text().unique(),
    type: model.enum([...SALES_POINT_TYPES]),
    commune_code: model.text().index(),
    latitude: model.float().nullable(),
    longitude: model.float().nullable(),
    opening_hours: model.text().nullable(),
    operator: model.text().nullable(),
    /** Names of the tours and festivals that stop at the point. */
    tours: model.array().default([]),
    /**
     * English for English readers, each in place of its Vietnamese text when set: the stock
     * location's name and street line, the opening hours, the operator and the tours (whole list).
     */
    name_en: model.text().nullable(),
    address_en: model.text().nullable(),
    opening_hours_en: model.text().nullable(),
    operator_en: model.text().nullable(),
    tours_en: model.array().nullable(),
  },
)
