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

/** As asMember, for a page whose read is one value (a list, a record): found under `data`. */
export const asMemberData = <T>(read: () => Promise<T>): Promise<ProducerAccess<{ data: T }>> =>
  asMember(async () => ({ data: await read() }))

/**
 * One of the producer's records, or null when the API answers 404 (not this producer's, or none),
 * so that the page is the site's not-found.
 */
export async function ownRecordOrNull<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read()
  } catch (e) {
    if (storeError(e).status === 404) return null
    throw e
  }
}
