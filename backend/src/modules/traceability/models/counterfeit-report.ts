import { model } from "@medusajs/framework/utils"
import { REPORT_REASONS, REPORT_STATUSES } from "@ocop/core"

/**
 * A visitor's report of a suspected counterfeit, sent from the scan page without an account. It
 * names what the resolver found for the scanned code (product, lot, serial: plain ids, since a report
 * must outlive a deleted lot) and never the sender's address. The contact is personal data: only
 * officials read it, and it is erased when the report is closed (docs/traceability.md).
 */
export const CounterfeitReport = model
  .define(
    { name: "counterfeit_report", tableName: "trace_counterfeit_report" },
    {
      id: model.id({ prefix: "tcrep" }).primaryKey(),
      /** The scanned code, canonical, as the resolver reads it (unknown lot or serial included). */
      code_path: model.text(),
      /** valid, forged, missing or not_applicable: the serial's signature as the visitor's page had it. */
      token_state: model.text(),
      product_id: model.text(),
      lot_id: model.text().nullable(),
      serial_id: model.text().nullable(),
      reason: model.enum([...REPORT_REASONS]),
      details: model.text().nullable(),
      /** Where the visitor bought it, in their words. */
      place: model.text().nullable(),
      /** A phone number (E.164) or an e-mail address, to call back; null once closed. */
      contact: model.text().nullable(),
      /** The File module's id of the photo (private, WebP), when one was sent. */
      photo_file_id: model.text().nullable(),
      locale: model.enum(["vi", "en"]),
      status: model.enum([...REPORT_STATUSES]).default("new"),
      official_note: model.text().nullable(),
      closed_at: model.dateTime().nullable(),
    },
  )
  .indexes([{ on: ["status", "created_at"] }, { on: ["serial_id"], where: "serial_id IS NOT NULL" }])
