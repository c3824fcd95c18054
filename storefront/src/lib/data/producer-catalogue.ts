import "server-only"
import type { ProducerProductsResponse } from "@ocop/core"
import { asMember, type ProducerAccess } from "./producer-access"
import { storeCall } from "./session"

/** What the signed-in account finds on the catalogue page. */
export type CatalogueState = ProducerAccess<{ products: ProducerProductsResponse["products"] }>

/**
 * The producer's products (`GET /store/producer/products`, never cached): texts in vi and en,
 * variants with price and shelf data, the price history and any change request; the official's
 * reason while suspended, or nothing for an account that acts for no producer.
 */
export const getProducerCatalogue = (): Promise<CatalogueState> =>
  asMember(() => storeCall<ProducerProductsResponse>("/store/producer/products"))
