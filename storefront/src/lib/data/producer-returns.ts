import "server-only"
import type { ReturnResponse, ReturnsListResponse, ReturnView } from "@ocop/core"
import { returnsApiQuery, type ReturnsQuery } from "@/modules/producer/returns-query"
import { asMember, type ProducerAccess } from "./producer-access"
import { storeCall, storeError } from "./session"

/** What the signed-in account finds on a return page: the data, a suspension's reason, or nothing. */
export type ReturnsAccess<T> = ProducerAccess<{ data: T }>

const asMemberData = <T>(read: () => Promise<T>): Promise<ReturnsAccess<T>> =>
  asMember(async () => ({ data: await read() }))

/** A page of the producer's returns, newest first (`GET /store/producer/returns`, never cached). */
export const getProducerReturns = (query: ReturnsQuery) =>
  asMemberData(() => storeCall<ReturnsListResponse>("/store/producer/returns", { query: returnsApiQuery(query) }))

/**
 * One return (`GET /store/producer/returns/:id`); null when it is not this producer's (the API's
 * 404), so the page is the site's not-found.
 */
export const getProducerReturn = (id: string) =>
  asMemberData(async (): Promise<ReturnView | null> => {
    try {
      return (await storeCall<ReturnResponse>(`/store/producer/returns/${encodeURIComponent(id)}`)).return
    } catch (e) {
      if (storeError(e).status === 404) return null
      throw e
    }
  })
