import { model } from "@medusajs/framework/utils"
import { TRADE_EVENT_KINDS } from "@ocop/core"
import { EventBuyer } from "./event-buyer"
import { Exhibitor } from "./exhibitor"

/**
 * A fair, supply–demand connection conference, trade delegation or festival. Days are Vietnamese
 * calendar days; meetings are booked in slots of the daily meeting hours (`meetingSlots` in
 * @ocop/core) at one of `tables` tables.
 */
export const TradeEvent = model.define(
  { name: "trade_event", tableName: "trade_event" },
  {
    id: model.id({ prefix: "tev" }).primaryKey(),
    handle: model.text().unique(),
    kind: model.enum([...TRADE_EVENT_KINDS]),
    name: model.text().searchable(),
    name_en: model.text().nullable(),
    starts_on: model.text(),
    ends_on: model.text(),
    venue: model.text(),
    commune_code: model.text().nullable(),
    organiser: model.text(),
    description: model.text().nullable(),
    /** `{ items: { day, time, title, title_en? }[] }`: the programme as the organiser publishes it. */
    programme: model.json().default({ items: [] }),
    meeting_from: model.text().default("08:00"),
    meeting_to: model.text().default("17:00"),
    slot_minutes: model.number().default(30),
    tables: model.number().default(0),
    exhibitors: model.hasMany(() => Exhibitor, { mappedBy: "event" }),
    buyers: model.hasMany(() => EventBuyer, { mappedBy: "event" }),
  },
)
