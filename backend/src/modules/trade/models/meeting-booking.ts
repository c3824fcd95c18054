import { model } from "@medusajs/framework/utils"

/**
 * What an accepted meeting holds: the slot for each party (`business:<id>`) and for its table
 * (`table:<n>`). The unique key is the whole of "no double booking": two concurrent acceptances
 * cannot both commit a row for the same holder and slot, whatever the application does.
 */
export const MeetingBooking = model
  .define(
    { name: "meeting_booking", tableName: "trade_meeting_booking" },
    {
      id: model.id({ prefix: "tmb" }).primaryKey(),
      meeting_id: model.text().index(),
      event_id: model.text(),
      slot_start: model.dateTime(),
      holder: model.text(),
    },
  )
  .indexes([{ on: ["event_id", "slot_start", "holder"], unique: true }])
