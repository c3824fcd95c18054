/**
 * The storefront's own view models of the trade portal. The Store API's response shapes are
 * `@ocop/core`'s (`http/trade.ts`, `http/trade-portal.ts`), shared with the backend that sends them.
 */

/** A listed product offered as a choice in a form (an offer, an agreement line). */
export type ProductChoice = { id: string; title: string; producer: string }
