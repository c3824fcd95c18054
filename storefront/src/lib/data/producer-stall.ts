import "server-only"
import type { ProducerStallResponse } from "@ocop/core"
import { asMember, type ProducerAccess } from "./producer-access"
import { storeCall } from "./session"

/** What the signed-in account finds on the stall page. */
export type StallState = ProducerAccess<{ stall: ProducerStallResponse["stall"] }>

/**
 * The producer's stall as its members edit it (`GET /store/producer/stall`, never cached): the public
 * page's key, the story in vi and en, how many products are on sale; the official's reason while
 * suspended, or nothing for an account that acts for no producer.
 */
export const getProducerStall = (): Promise<StallState> =>
  asMember(() => storeCall<ProducerStallResponse>("/store/producer/stall"))
