import { sent, type CloneReason } from "@ocop/core"

type FlaggedRow = { clone_reasons: unknown; flagged_at: Date | string | null }

/**
 * A flagged serial as the officials' screens read it. Its reasons are stored as JSON, which the
 * query returns untyped: they are what the scan recorder wrote, `CloneReason[]`.
 */
export const flaggedSerialView = <S extends FlaggedRow>(serial: S) => ({
  ...sent(serial),
  clone_reasons: serial.clone_reasons as CloneReason[] | null,
  // Only serials that carry a flag are asked for.
  flagged_at: sent(serial.flagged_at!),
})
