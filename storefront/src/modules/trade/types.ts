/**
 * The storefront's own view models of the trade portal. The Store API's response shapes are
 * `@ocop/core`'s (`http/trade.ts`, `http/trade-portal.ts`), shared with the backend that sends them.
 */

/** A listed product offered as a choice in a form (an offer, an agreement line). */
export type ProductChoice = { id: string; title: string; producer: string }

/** An OCOP product group or sector ("I.4.a", "I") with its name in the page's language. */
export type GroupChoice = { code: string; name: string }

/** Another business, named, that a meeting or an agreement can be with. */
export type CounterpartChoice = { id: string; name: string }
