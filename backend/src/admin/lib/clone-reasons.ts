import type { CloneReason } from "@ocop/core"
import { count } from "./labels"

/** Why a serial was flagged as a likely copied label, in the words an official reads aloud. */
export function describeReason(reason: CloneReason): string {
  switch (reason.rule) {
    case "too_many_scans":
      return `quét ${count(reason.scans)} lần (giới hạn ${count(reason.limit)})`
    case "too_far_apart":
      return `hai lần quét cách nhau ${count(reason.km)} km trong ${count(reason.minutes)} phút`
    default:
      // A rule the backend learnt before this screen did: its code is still better than nothing.
      return (reason as { rule: string }).rule
  }
}

export const describeReasons = (reasons: CloneReason[] | null | undefined) =>
  reasons?.length ? reasons.map(describeReason).join("; ") : "—"
