import { model } from "@medusajs/framework/utils"
import { Lot } from "./lot"

/**
 * One labelled unit of a lot. Scan counters are kept here (updated in batches by the scan recorder)
 * so the scan page reads one row, not the scan history; the clone verdict is written beside them.
 */
export const Serial = model
  .define(
    { name: "serial", tableName: "trace_serial" },
    {
      id: model.id({ prefix: "tser" }).primaryKey(),
      serial: model.text(),
      lot: model.belongsTo(() => Lot, { mappedBy: "serials" }),
      scan_count: model.number().default(0),
      first_scanned_at: model.dateTime().nullable(),
      last_scanned_at: model.dateTime().nullable(),
      /** Set when the clone rules flag the serial (`CloneReason[]` from @ocop/core). */
      clone_reasons: model.json().nullable(),
      flagged_at: model.dateTime().nullable(),
    },
  )
  .indexes([
    { on: ["lot_id", "serial"], unique: true },
    { on: ["flagged_at"], where: "flagged_at IS NOT NULL" },
  ])
