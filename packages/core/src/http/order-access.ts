/**
 * POST /store/ocop/order-access (from a just-completed cart) and /store/ocop/order-access/lookup
 * (order number and the e-mail or phone it was placed with): a token that lets its holder read one
 * order on GET /store/orders/:id, sent in the `x-ocop-order-access` header, until `expires_at`.
 */
export type OrderAccessGrant = {
  order_id: string
  token: string
  /** Unix seconds. */
  expires_at: number
}

/** The header the token is sent in. */
export const ORDER_ACCESS_HEADER = "x-ocop-order-access"
