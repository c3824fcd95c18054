import "server-only"
import type { ProducerStockResponse } from "@ocop/core"
import { asMember, type ProducerAccess } from "./producer-access"
import { storeCall } from "./session"

/** What the signed-in account finds on the stock page. */
export type StockState = ProducerAccess<{ stock: ProducerStockResponse }>

/**
 * The producer's stock (`GET /store/producer/stock`, never cached): each variant's level at its
 * warehouse and at the sales points, the official's reason while suspended, or nothing for an
 * account that acts for no producer.
 */
export const getProducerStock = (): Promise<StockState> =>
  asMember(async () => ({ stock: await storeCall<ProducerStockResponse>("/store/producer/stock") }))
