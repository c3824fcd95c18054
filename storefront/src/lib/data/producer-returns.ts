import "server-only"
import type { ReturnResponse, ReturnsListResponse } from "@ocop/core"
import { returnsApiQuery, type ReturnsQuery } from "@/modules/producer/returns-query"
import { asMemberData, ownRecordOrNull } from "./producer-access"
import { storeCall } from "./session"

/** A page of the producer's returns, newest first (`GET /store/producer/returns`, never cached). */
export const getProducerReturns = (query: ReturnsQuery) =>
  asMemberData(() => storeCall<ReturnsListResponse>("/store/producer/returns", { query: returnsApiQuery(query) }))

/**
 * One return (`GET /store/producer/returns/:id`); null when it is not this producer's (the API's
 * 404), so the page is the site's not-found.
 */
export const getProducerReturn = (id: string) =>
  asMemberData(() =>
    ownRecordOrNull(
      async () => (await storeCall<ReturnResponse>(`/store/producer/returns/${encodeURIComponent(id)}`)).return,
    ),
  )
