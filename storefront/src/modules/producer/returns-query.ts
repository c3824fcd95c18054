import { RETURN_STATUSES, type ReturnStatus } from "@ocop/core"
import { statusListQuery, type StatusListQuery } from "./status-list-query"

/** Returns per page of the producer's list. */
export const RETURNS_PER_PAGE = 20

export type ReturnsQuery = StatusListQuery<ReturnStatus>

const returns = statusListQuery(RETURN_STATUSES, "/account/producer/returns", RETURNS_PER_PAGE)
export const returnsQuery = returns.parse
export const returnsApiQuery = returns.apiQuery
export const returnsHref = returns.href
export const returnPageCount = returns.pageCount
