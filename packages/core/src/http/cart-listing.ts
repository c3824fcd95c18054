/**
 * GET /store/ocop/carts/:id/listing: for each line of an open cart, whether the cart gate would let
 * it through now (the live listing check and the cart's sales channel). A line that is not
 * `on_sale` stops the cart from completing until it is removed.
 */
export type CartListingResponse = {
  items: {
    /** The line item's id. */
    id: string
    on_sale: boolean
    /** Why not: a listing reason (`not_active`, `expired`, …), `not_on_sale` or `unknown`; null when on sale. */
    reason: string | null
  }[]
}
