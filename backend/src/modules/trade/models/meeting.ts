import { model } from "@medusajs/framework/utils"

/**
 * A meeting at a fair between two businesses, in one slot. Requested by one party, accepted or
 * declined by the other; accepting books the slot for both parties and a table (`MeetingBooking`).
 */
export const Meeting = model
  .define(
    { name: "meeting", tableName: "trade_meeting" },
    {
      id: model.id({ prefix: "tmt" }).primaryKey(),
      event_id: model.text(),
      requester_id: model.text(),
      counterpart_id: model.text(),
      need_id: model.text().nullable(),
      offer_id: model.text().nullable(),
      slot_start: model.dateTime(),
      table_no: model.number().nullable(),
      status: model.enum(["requested", "accepted", "declined", "cancelled"]).default("requested"),
      message: model.text().nullable(),
      /** Each party's own notes on the outcome. */
      requester_notes: model.text().nullable(),
      counterpart_notes: model.text().nullable(),
    },
  )
  .indexes([{ on: ["requester_id"] }, { on: ["counterpart_id"] }, { on: ["event_id", "slot_start"] }])
