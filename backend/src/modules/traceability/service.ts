import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { LotFigures, ScanStats } from "@ocop/core"
import { entityIds } from "./entity-ids"
import { CounterfeitReport } from "./models/counterfeit-report"
import { JourneyEvent } from "./models/journey-event"
import { Lot } from "./models/lot"
import { Scan } from "./models/scan"
import { Serial } from "./models/serial"

export type ScanInput = {
  lot_id: string | null
  serial_id: string | null
  product_id: string
  scanned_at: Date
  lat: number | null
  lon: number | null
  country: string | null
  device: string
  verdict: string
}

/** Lots, serials, journey events, scans and counterfeit reports: generated CRUD, plus the batched scan write. */
export default class TraceabilityModuleService extends MedusaService({
  Lot,
  Serial,
  JourneyEvent,
  Scan,
  CounterfeitReport,
}) {
  /**
   * Writes a batch of scans and moves the serials' counters in two statements, whatever the batch
   * size: the resolver hands scans over in batches so a scan storm costs a few writes a second.
   */
  @InjectTransactionManager()
  async recordScans(scans: ScanInput[], @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<void> {
    if (!scans.length) return
    const manager = sharedContext.transactionManager!
    const ids = entityIds("tscan", scans.length)
    const rows = JSON.stringify(scans.map((s, i) => ({ ...s, id: ids[i], scanned_at: s.scanned_at.toISOString() })))
    await manager.execute(
      `insert into trace_scan (id, lot_id, serial_id, product_id, scanned_at, lat, lon, country, device, verdict)
       select id, lot_id, serial_id, product_id, scanned_at, lat, lon, country, device, verdict
       from jsonb_to_recordset(?::jsonb) as x(id text, lot_id text, serial_id text, product_id text,
         scanned_at timestamptz, lat real, lon real, country text, device text, verdict text)`,
      [rows],
    )
    await manager.execute(
      `update trace_serial s
       set scan_count = s.scan_count + x.n,
           first_scanned_at = coalesce(s.first_scanned_at, x.first),
           last_scanned_at = greatest(s.last_scanned_at, x.last),
           updated_at = now()
       from (select serial_id, count(*)::int n, min(scanned_at) first, max(scanned_at) last
             from jsonb_to_recordset(?::jsonb) as y(serial_id text, scanned_at timestamptz)
             where serial_id is not null group by serial_id) x
       where s.id = x.serial_id`,
      [rows],
    )
  }

  /**
   * Inserts serials in one statement, whatever their number: the ORM's per-entity insert made issuing
   * a national catalogue's two million serials take minutes. Returns what was written, ids included.
   */
  @InjectTransactionManager()
  async insertSerials(
    rows: { lot_id: string; serial: string }[],
    @MedusaContext() sharedContext: Context<EntityManager> = {},
  ): Promise<{ id: string; lot_id: string; serial: string }[]> {
    if (!rows.length) return []
    const ids = entityIds("tser", rows.length)
    const written = rows.map((r, i) => ({ id: ids[i], lot_id: r.lot_id, serial: r.serial }))
    await sharedContext.transactionManager!.execute(
      `insert into trace_serial (id, lot_id, serial)
       select id, lot_id, serial from jsonb_to_recordset(?::jsonb) as x(id text, lot_id text, serial text)`,
      [JSON.stringify(written)],
    )
    return written
  }

  /** Per lot: serials issued, serials scanned at least once, scans, serials flagged as clones. */
  @InjectManager()
  async lotFigures(
    lotIds: string[],
    @MedusaContext() sharedContext: Context<EntityManager> = {},
  ): Promise<Map<string, LotFigures>> {
    const figures = new Map<string, LotFigures>()
    if (!lotIds.length) return figures
    const rows: (LotFigures & { lot_id: string })[] = await sharedContext.manager!.execute(
      `select lot_id, count(*)::int as serials, count(*) filter (where scan_count > 0)::int as scanned,
              coalesce(sum(scan_count), 0)::int as scans, count(*) filter (where flagged_at is not null)::int as flagged
       from trace_serial where lot_id in (${lotIds.map(() => "?").join(", ")}) and deleted_at is null
       group by lot_id`,
      lotIds,
    )
    for (const { lot_id, ...f } of rows) figures.set(lot_id, f)
    return figures
  }

  /** Scan statistics of one product, or of all: totals, scans per day (Vietnam time), devices. */
  @InjectManager()
  async scanStats(productId: string | null, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    const manager = sharedContext.manager!
    const where = productId ? "product_id = ? and" : ""
    const args = productId ? [productId] : []
    const [[total], days, devices, [flagged]] = await Promise.all([
      manager.execute(`select count(*)::int as n from trace_scan where ${where} deleted_at is null`, args),
      manager.execute(
        `select to_char(scanned_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') as day, count(*)::int as scans
         from trace_scan where ${where} deleted_at is null and scanned_at > now() - interval '30 days'
         group by 1 order by 1`,
        args,
      ),
      manager.execute(
        `select device, count(*)::int as scans from trace_scan where ${where} deleted_at is null
         group by 1 order by 2 desc`,
        args,
      ),
      manager.execute(
        `select count(*)::int as n from trace_serial s join trace_lot l on l.id = s.lot_id
         where ${productId ? "l.product_id = ? and" : ""} s.flagged_at is not null and s.deleted_at is null`,
        args,
      ),
    ])
    return { total: total.n, last_30_days: days, by_device: devices, flagged_serials: flagged.n } as ScanStats
  }
}
