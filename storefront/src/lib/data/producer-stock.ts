import "server-only"
import { suspensionReasonOf, type ProducerStockResponse } from "@ocop/core"
import { storeCall, storeError } from "./session"

/** What the signed-in account finds on the stock page. */
export type StockState =
  { kind: "member"; stock: ProducerStockResponse } | { kind: "suspended"; reason: string } | { kind: "none" }

/**
 * The producer's stock (`GET /store/producer/stock`, never cached): each variant's level at its
 * warehouse and at the sales points, the official's reason while suspended, or nothing for an
 * account that acts for no producer.
 */
export async function getProducerStock(): Promise<StockState> {
  try {
    return { kind: "member", stock: await storeCall<ProducerStockResponse>("/store/producer/stock") }
  } catch (e) {
    const { status, message } = storeError(e)
    if (status !== 403) throw e
    const reason = suspensionReasonOf(message)
    return reason === null ? { kind: "none" } : { kind: "suspended", reason }
  }
}
