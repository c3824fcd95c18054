import { model } from "@medusajs/framework/utils"

/**
 * One scan of a code by a person (link-preview bots are not recorded). No personal data: a coarse
 * place (0.1°, about 11 km) and country only when the network edge supplies them, and a device
 * class instead of the user agent; never an IP address.
 */
export const Scan = model
  .define(
    { name: "scan", tableName: "trace_scan" },
    {
      id: model.id({ prefix: "tscan" }).primaryKey(),
      lot_id: model.text().nullable(),
      serial_id: model.text().nullable(),
      product_id: model.text(),
      scanned_at: model.dateTime(),
      lat: model.float().nullable(),
      lon: model.float().nullable(),
      country: model.text().nullable(),
      /** ios, android, desktop or other: enough for statistics, too little to identify anyone. */
      device: model.text(),
      /** "resolved", or "forged_token" when the serial's signature did not match. */
      verdict: model.text(),
    },
  )
  .indexes([{ on: ["serial_id", "scanned_at"], where: "serial_id IS NOT NULL" }, { on: ["product_id", "scanned_at"] }])
