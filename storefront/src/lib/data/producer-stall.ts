import "server-only"
import { suspensionReasonOf, type ProducerStallResponse } from "@ocop/core"
import { storeCall, storeError } from "./session"

/** What the signed-in account finds on the stall page. */
export type StallState =
  { kind: "member"; stall: ProducerStallResponse["stall"] } | { kind: "suspended"; reason: string } | { kind: "none" }

/**
 * The producer's stall as its members edit it (`GET /store/producer/stall`, never cached): the public
 * page's key, the story in vi and en, how many products are on sale; the official's reason while
 * suspended, or nothing for an account that acts for no producer.
 */
export async function getProducerStall(): Promise<StallState> {
  try {
    const { stall } = await storeCall<ProducerStallResponse>("/store/producer/stall")
    return { kind: "member", stall }
  } catch (e) {
    const { status, message } = storeError(e)
    if (status !== 403) throw e
    const reason = suspensionReasonOf(message)
    return reason === null ? { kind: "none" } : { kind: "suspended", reason }
  }
}
