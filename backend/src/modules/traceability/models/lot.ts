import { model } from "@medusajs/framework/utils"
import { JourneyEvent } from "./journey-event"
import { Serial } from "./serial"

/**
 * A production lot of one product (and the packaged variant whose GTIN is on its labels). Dates are
 * Vietnamese calendar days (YYYY-MM-DD). The lot code is what the producer prints; it is unique per
 * product, so `/01/{GTIN}/10/{lot}` and `/p/{handle}/10/{lot}` name one lot.
 */
export const Lot = model
  .define(
    { name: "lot", tableName: "trace_lot" },
    {
      id: model.id({ prefix: "lot" }).primaryKey(),
      product_id: model.text(),
      variant_id: model.text().nullable(),
      code: model.text(),
      produced_on: model.text(),
      expires_on: model.text().nullable(),
      quantity: model.number(),
      /** Where the raw materials came from, as the producer declares it. */
      origin: model.text().nullable(),
      /** `origin` in English; the Store API serves it when English is asked for (Vietnamese when null). */
      origin_en: model.text().nullable(),
      /**
       * Quality tests: `{ name, result, lab, report_ref, tested_on }[]` (TraceLotTest in @ocop/core), each
       * with optional `name_en`, `result_en`, `lab_en` served in their place to English readers.
       */
      tests: model.json().nullable(),
      serials: model.hasMany(() => Serial, { mappedBy: "lot" }),
      events: model.hasMany(() => JourneyEvent, { mappedBy: "lot" }),
    },
  )
  .indexes([{ on: ["product_id", "code"], unique: true }])
