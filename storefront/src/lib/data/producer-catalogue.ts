import "server-only"
import { suspensionReasonOf, type ProducerProductsResponse } from "@ocop/core"
import { storeCall, storeError } from "./session"

/** What the signed-in account finds on the catalogue page. */
export type CatalogueState =
  | { kind: "member"; products: ProducerProductsResponse["products"] }
  | { kind: "suspended"; reason: string }
  | { kind: "none" }

/**
 * The producer's products (`GET /store/producer/products`, never cached): texts in vi and en,
 * variants with price and shelf data, the price history and any change request; the official's
 * reason while suspended, or nothing for an account that acts for no producer.
 */
export async function getProducerCatalogue(): Promise<CatalogueState> {
  try {
    const { products } = await storeCall<ProducerProductsResponse>("/store/producer/products")
    return { kind: "member", products }
  } catch (e) {
    const { status, message } = storeError(e)
    if (status !== 403) throw e
    const reason = suspensionReasonOf(message)
    return reason === null ? { kind: "none" } : { kind: "suspended", reason }
  }
}
