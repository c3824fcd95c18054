import { model } from "@medusajs/framework/utils"
import { Lot } from "./lot"

export const JOURNEY_EVENT_TYPES = ["harvested", "processed", "packed", "shipped", "received"] as const

/**
 * One step of a lot's journey, in EPCIS terms what happened, when, where and who did it (exported
 * as EPCIS 2.0 ObjectEvents). "shipped"/"received" may name the sales point's stock location.
 */
export const JourneyEvent = model
  .define(
    { name: "journey_event", tableName: "trace_journey_event" },
    {
      id: model.id({ prefix: "tjev" }).primaryKey(),
      lot: model.belongsTo(() => Lot, { mappedBy: "events" }),
      type: model.enum([...JOURNEY_EVENT_TYPES]),
      occurred_at: model.dateTime(),
      place: model.text(),
      actor: model.text(),
      /** `place` and `actor` in English, served to English readers; Vietnamese when null. */
      place_en: model.text().nullable(),
      actor_en: model.text().nullable(),
      stock_location_id: model.text().nullable(),
      note: model.text().nullable(),
    },
  )
  .indexes([{ on: ["lot_id", "occurred_at"] }])
