import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { cloneReasons, type CloneRules } from "@ocop/core"
import { TRACEABILITY_MODULE } from "../modules/traceability/name"
import type TraceabilityModuleService from "../modules/traceability/service"
import type { ScanInput } from "../modules/traceability/service"

const MAX_BATCH = 500

/**
 * Scans are recorded off the request path: the resolver hands each one over and answers at once;
 * a batch is written every `flushMs` (or at 500 scans) in two statements, and the serials it
 * touched are checked against the clone rules. A crash loses at most one interval of lot scans,
 * which are statistics, never orders or certificates; a serial's scan is written before it is
 * answered (`recordNow`); a graceful stop loses none (`flushScans`). One recorder per process.
 */
export class ScanRecorder {
  private pending: ScanInput[] = []
  private timer: NodeJS.Timeout | null = null
  private flushing: Promise<void> = Promise.resolve()
  private next: Promise<void> | null = null

  constructor(
    private container: MedusaContainer,
    private flushMs: number,
    private rules: CloneRules,
  ) {}

  record(scan: ScanInput): void {
    this.pending.push(scan)
    if (this.pending.length >= MAX_BATCH) void this.flush()
    else this.timer ??= setTimeout(() => void this.flush(), this.flushMs).unref()
  }

  /**
   * Hands a scan over and resolves once it is written: the scan page opened by this scan reads the
   * serial's counters, perhaps in another process, and must count it. Writes are grouped: the scans
   * handed over while a batch is being written go together in the next one, so a burst costs one
   * write per round trip, not one per scan.
   */
  recordNow(scan: ScanInput): Promise<void> {
    this.pending.push(scan)
    this.next ??= this.flushing.then(() => {
      this.next = null
      return this.flush()
    })
    return this.next
  }

  /** Writes what is pending; batches are written one after another, never concurrently. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    const batch = this.pending.splice(0)
    if (!batch.length) return this.flushing
    this.flushing = this.flushing.then(() => this.write(batch))
    return this.flushing
  }

  private async write(batch: ScanInput[]): Promise<void> {
    const service: TraceabilityModuleService = this.container.resolve(TRACEABILITY_MODULE)
    try {
      await service.recordScans(batch)
      const serialIds = [...new Set(batch.map((s) => s.serial_id).filter((id): id is string => !!id))]
      if (serialIds.length) await this.checkClones(service, serialIds, batch)
    } catch (error) {
      this.container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .error(`traceability: ${batch.length} scans could not be recorded: ${(error as Error).message}`)
    }
  }

  /** Flags serials whose scans now break a clone rule (the first time only; an official clears it). */
  private async checkClones(service: TraceabilityModuleService, serialIds: string[], batch: ScanInput[]) {
    const serials = await service.listSerials(
      { id: serialIds, flagged_at: null },
      { select: ["id", "scan_count"], take: null },
    )
    if (!serials.length) return
    const earliest = Math.min(...batch.map((s) => s.scanned_at.getTime()))
    const since = new Date(earliest - this.rules.windowMinutes * 60_000)
    const recent = await service.listScans(
      { serial_id: serials.map((s) => s.id), scanned_at: { $gte: since } },
      { select: ["serial_id", "scanned_at", "lat", "lon"], take: null },
    )
    const flagged = serials.flatMap((serial) => {
      const points = recent
        .filter((s) => s.serial_id === serial.id)
        .map((s) => ({ at: new Date(s.scanned_at).getTime(), lat: s.lat ?? null, lon: s.lon ?? null }))
      const reasons = cloneReasons(points, this.rules, serial.scan_count)
      return reasons.length ? [{ id: serial.id, clone_reasons: reasons, flagged_at: new Date() }] : []
    })
    if (flagged.length) await service.updateSerials(flagged as never)
  }
}

let recorder: ScanRecorder | null = null
export function scanRecorder(container: MedusaContainer, flushMs: number, rules: CloneRules): ScanRecorder {
  recorder ??= new ScanRecorder(container, flushMs, rules)
  return recorder
}

/** Writes the scans still pending; the resolver's lifecycle (lifecycle/service.ts) calls it when the application stops. */
export function flushScans(): Promise<void> {
  return recorder?.flush() ?? Promise.resolve()
}
