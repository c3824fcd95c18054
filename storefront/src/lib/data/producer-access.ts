import "server-only"
import { suspensionReasonOf } from "@ocop/core"
import { storeError } from "./session"

/** What the signed-in account finds on a workspace page: the producer's data, a suspension's reason, or nothing. */
export type ProducerAccess<T> = ({ kind: "member" } & T) | { kind: "suspended"; reason: string } | { kind: "none" }

/**
 * A workspace read as a page shows it: a 403 is the account's standing — the official's reason while
 * the producer is suspended, or an account that acts for no producer — not an error page.
 */
export async function asMember<T extends object>(read: () => Promise<T>): Promise<ProducerAccess<T>> {
  try {
    return { kind: "member", ...(await read()) }
  } catch (e) {
    const { status, message } = storeError(e)
    if (status !== 403) throw e
    const reason = suspensionReasonOf(message)
    return reason === null ? { kind: "none" } : { kind: "suspended", reason }
  }
}
